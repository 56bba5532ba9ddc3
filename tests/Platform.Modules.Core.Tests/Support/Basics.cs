using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Tests.Support;

/// <summary>Ids of a minimal set of reference records that other records can point at.</summary>
public sealed record Basics(
    Guid National, Guid Region, Guid Province, Guid City, Guid Team, Guid Rep,
    Guid Product, Guid InactiveProduct, Guid Customer, Guid Store, string StoreCode, Guid Partner)
{
    /// <summary>Writes the records straight into the database.</summary>
    public static async Task<Basics> AddAsync(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var b = new Basics(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(),
            Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "ST-HZ-01", Guid.NewGuid());
        await using var db = database.NewContext();
        db.Regions.AddRange(
            new RegionRow { Id = b.National, Code = "CN", Name = "中国", Level = RegionLevel.National },
            new RegionRow { Id = b.Region, Code = "HUADONG", Name = "华东大区", Level = RegionLevel.Region, ParentId = b.National },
            new RegionRow { Id = b.Province, Code = "CN-ZJ", Name = "浙江省", Level = RegionLevel.Province, ParentId = b.Region },
            new RegionRow { Id = b.City, Code = "HANGZHOU", Name = "杭州", Level = RegionLevel.City, ParentId = b.Province });
        db.Teams.Add(new TeamRow { Id = b.Team, Code = "T-EAST", Name = "华东一部", RegionId = b.Region });
        db.SalesReps.Add(new SalesRepRow
        {
            Id = b.Rep, EmployeeNo = "E1", Name = "王伟", TeamId = b.Team, BaseSalary = 12000m, Currency = "CNY",
            Email = "e1@sales.example.cn", Phone = "13800000001", HiredOn = new DateOnly(2020, 3, 1),
        });
        db.Products.AddRange(
            new ProductRow
            {
                Id = b.Product, Sku = "SP-1", Name = "星耀 X9", ProductLine = "智能手机", Series = "星耀X", Category = "旗舰手机",
                UnitCost = 3630m, ListPrice = 5499m, Currency = "CNY",
            },
            new ProductRow
            {
                Id = b.InactiveProduct, Sku = "SP-OLD", Name = "星耀 X1", ProductLine = "智能手机", Series = "星耀X", Category = "旗舰手机",
                UnitCost = 1000m, ListPrice = 1999m, Currency = "CNY", Active = false,
            });
        db.Customers.Add(new CustomerRow
        {
            Id = b.Customer, Code = "CUS-1", Name = "杭州恒达商贸有限公司", Industry = "零售", Size = CustomerSize.Medium,
            CustomerType = CustomerType.SmallBusiness, RegionId = b.City, CreatedAt = DateTimeOffset.UtcNow,
        });
        db.Stores.Add(new StoreRow
        {
            Id = b.Store, Code = b.StoreCode, Name = "杭州西湖标准店", Format = StoreFormat.Standard, AreaSqm = 120m,
            Latitude = 30.27, Longitude = 120.15, RegionId = b.City, OpenedOn = new DateOnly(2021, 5, 1),
        });
        db.Partners.Add(new PartnerRow
        {
            Id = b.Partner, Code = "PTN-1", Name = "杭州联创数码科技有限公司", PartnerType = PartnerType.Reseller, Tier = PartnerTier.Gold,
            RegionId = b.City, ContactName = "李娜", ContactPhone = "13900000002", ContactEmail = "partner1@example.cn",
            JoinedOn = new DateOnly(2019, 1, 1),
        });
        await db.SaveChangesAsync();
        return b;
    }
}
