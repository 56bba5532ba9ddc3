using System.Globalization;
using Platform.Modules.Core.Inputs.Rules;
using Platform.Modules.Core.Model;
using Platform.Modules.Core.Seed.Data;

namespace Platform.Modules.Core.Seed;

/// <summary>
/// Builds the customers: about 40% consumers, 35% small businesses, 15% key accounts and 10% government,
/// spread over the cities by population × purchasing power. Contact data is made up and uses
/// example.cn addresses; consumers get a well-formed (check-digit valid) ID number.
/// </summary>
internal static class CustomerSeeder
{
    public static void Build(DemoData data)
    {
        var random = data.Random;
        for (var n = 1; n <= data.Settings.DemoCustomerCount; n++)
        {
            var (city, cityRow, _) = random.PickWeighted(data.Cities, c => c.Info.Population * (double)c.Info.PurchasingPower);
            var type = PickType(random);
            var row = new CustomerRow
            {
                Id = random.NextGuid(),
                Code = string.Create(CultureInfo.InvariantCulture, $"CUS-{n:D6}"),
                CustomerType = type,
                RegionId = cityRow.Id,
                Phone = random.MobilePhone(),
                Email = string.Create(CultureInfo.InvariantCulture, $"{(type == CustomerType.Consumer ? "user" : "purchasing")}{n:D4}@example.cn"),
                CreatedAt = data.Now.AddDays(-random.Between(30, 1100)).AddMinutes(-random.Between(0, 1440)).ToUniversalTime(),
            };
            Describe(random, row, city, type);
            data.Customers.Add(row);
        }
    }

    private static CustomerType PickType(DemoRandom random)
    {
        var roll = random.Next();
        return roll < 0.40 ? CustomerType.Consumer
            : roll < 0.75 ? CustomerType.SmallBusiness
            : roll < 0.90 ? CustomerType.KeyAccount
            : CustomerType.Government;
    }

    private static void Describe(DemoRandom random, CustomerRow row, CityInfo city, CustomerType type)
    {
        switch (type)
        {
            case CustomerType.Consumer:
                row.Name = random.PersonName();
                row.Industry = ChineseNames.ConsumerIndustry;
                row.Size = CustomerSize.Small;
                row.IdNumber = IdNumber(random, city);
                break;
            case CustomerType.Government:
                var (industry, body) = random.Pick(ChineseNames.PublicBodies);
                row.Name = $"{city.Name}市{body}";
                row.Industry = industry;
                row.Size = random.Pick([CustomerSize.Medium, CustomerSize.Large, CustomerSize.Enterprise]);
                row.DecisionMaker = random.PersonName();
                break;
            default:
                var (businessIndustry, suffix) = random.Pick(ChineseNames.Industries);
                row.Name = $"{city.Name}{random.Pick(ChineseNames.CompanyWords)}{suffix}";
                row.Industry = businessIndustry;
                row.Size = type == CustomerType.KeyAccount
                    ? random.Pick([CustomerSize.Large, CustomerSize.Enterprise])
                    : random.Pick([CustomerSize.Small, CustomerSize.Small, CustomerSize.Medium]);
                row.DecisionMaker = random.PersonName();
                break;
        }
    }

    private static string IdNumber(DemoRandom random, CityInfo city)
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(random.Between(0, 16_000));
        var first17 = string.Create(CultureInfo.InvariantCulture, $"{city.AreaCode}{birth:yyyyMMdd}{random.Between(0, 999):D3}");
        return first17 + ChineseIdNumberAttribute.CheckCharacter(first17);
    }
}
