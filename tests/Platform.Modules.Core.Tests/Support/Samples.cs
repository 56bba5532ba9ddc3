using Platform.Modules.Core.Model;
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Tests.Support;

/// <summary>Valid entities of every Core type, pointing at <see cref="Basics"/> records.</summary>
public static class Samples
{
    public static Entity Customer(Basics b, string code = "CUS-100") => new(CoreEntities.Customer, Guid.NewGuid())
    {
        ["code"] = code,
        ["name"] = "张伟",
        ["industry"] = "个人消费",
        ["size"] = CustomerSize.Small,
        ["customerType"] = CustomerType.Consumer,
        ["phone"] = "13812345678",
        ["email"] = "user0100@example.cn",
        ["idNumber"] = "11010519491231002X",
        ["regionId"] = b.City,
    };

    public static Entity Product(string sku = "NB-100", decimal listPrice = 5499m) => new(CoreEntities.Product, Guid.NewGuid())
    {
        ["sku"] = sku,
        ["name"] = "光锋 14",
        ["productLine"] = "笔记本电脑",
        ["series"] = "光锋",
        ["category"] = "轻薄本",
        ["unitCost"] = 4070m,
        ["listPrice"] = listPrice,
        ["currency"] = "CNY",
        ["active"] = true,
    };

    public static Entity Region(Basics b, string code = "NINGBO") => new(CoreEntities.Region, Guid.NewGuid())
    {
        ["code"] = code,
        ["name"] = "宁波",
        ["level"] = RegionLevel.City,
        ["parentId"] = b.Province,
        ["population"] = 9_690_000L,
        ["purchasingPowerIndex"] = 1.25m,
    };

    public static Entity Store(Basics b, string code = "ST-HZ-02") => new(CoreEntities.Store, Guid.NewGuid())
    {
        ["code"] = code,
        ["name"] = "杭州滨江便利店",
        ["format"] = StoreFormat.Convenience,
        ["areaSqm"] = 42.5m,
        ["latitude"] = 30.21,
        ["longitude"] = 120.21,
        ["regionId"] = b.City,
        ["openedOn"] = new DateOnly(2023, 9, 1),
        ["status"] = StoreStatus.Open,
    };

    public static Entity Partner(Basics b, string code = "PTN-100") => new(CoreEntities.Partner, Guid.NewGuid())
    {
        ["code"] = code,
        ["name"] = "宁波华信供应链有限公司",
        ["partnerType"] = PartnerType.Distributor,
        ["tier"] = PartnerTier.Silver,
        ["regionId"] = b.City,
        ["contactName"] = "陈静",
        ["contactPhone"] = "13700000003",
        ["contactEmail"] = "partner100@example.cn",
        ["joinedOn"] = new DateOnly(2022, 6, 18),
    };

    public static Entity Team(Basics b, string code = "T-100") => new(CoreEntities.Team, Guid.NewGuid())
    {
        ["code"] = code,
        ["name"] = "华东二部",
        ["regionId"] = b.Region,
        ["managerRepId"] = b.Rep,
    };

    public static Entity SalesRep(Basics b, string employeeNo = "E100") => new(CoreEntities.SalesRep, Guid.NewGuid())
    {
        ["employeeNo"] = employeeNo,
        ["name"] = "刘洋",
        ["teamId"] = b.Team,
        ["baseSalary"] = 9800m,
        ["currency"] = "CNY",
        ["email"] = "e100@sales.example.cn",
        ["phone"] = "13600000004",
        ["hiredOn"] = new DateOnly(2024, 2, 1),
        ["active"] = true,
    };

    public static Entity Inventory(Basics b, string location = "WH-SHANGHAI") => new(CoreEntities.InventoryPosition, Guid.NewGuid())
    {
        ["productId"] = b.Product,
        ["locationCode"] = location,
        ["locationType"] = LocationType.Warehouse,
        ["onHand"] = 120m,
        ["reserved"] = 15m,
        ["asOf"] = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero),
    };

    public static Entity Order(Basics b, string number = "SO-100", params (Guid Product, int Quantity, decimal ListPrice, decimal NetPrice)[] lines) =>
        new(CoreEntities.Order, Guid.NewGuid())
        {
            ["number"] = number,
            ["customerId"] = b.Customer,
            ["channel"] = SalesChannel.Direct,
            ["repId"] = b.Rep,
            ["orderedAt"] = new DateTimeOffset(2025, 6, 18, 10, 30, 0, TimeSpan.FromHours(8)),
            ["status"] = OrderStatus.Confirmed,
            ["currency"] = "CNY",
            ["lines"] = Lines(lines.Length > 0 ? lines : [(b.Product, 2, 5499m, 4999m)]),
        };

    public static List<Entity> Lines(params (Guid Product, int Quantity, decimal ListPrice, decimal NetPrice)[] lines) =>
        lines.Select(l => new Entity(CoreEntities.OrderLine)
        {
            ["productId"] = l.Product,
            ["quantity"] = l.Quantity,
            ["listPrice"] = l.ListPrice,
            ["netPrice"] = l.NetPrice,
        }).ToList();
}
