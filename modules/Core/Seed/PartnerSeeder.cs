using System.Globalization;
using Platform.Modules.Core.Model;
using Platform.Modules.Core.Seed.Data;

namespace Platform.Modules.Core.Seed;

/// <summary>Builds sixteen channel partners: every type and every tier, spread over the cities.</summary>
internal static class PartnerSeeder
{
    private static readonly PartnerTier[] Tiers =
    [
        PartnerTier.Platinum, PartnerTier.Platinum, PartnerTier.Gold, PartnerTier.Gold, PartnerTier.Gold,
        PartnerTier.Silver, PartnerTier.Silver, PartnerTier.Silver, PartnerTier.Silver,
        PartnerTier.Registered, PartnerTier.Registered, PartnerTier.Registered, PartnerTier.Registered,
        PartnerTier.Registered, PartnerTier.Registered, PartnerTier.Registered,
    ];

    private static readonly PartnerType[] Types = Enum.GetValues<PartnerType>();

    public static void Build(DemoData data)
    {
        var random = data.Random;
        for (var i = 0; i < Tiers.Length; i++)
        {
            var type = Types[i % Types.Length];
            var (city, cityRow, _) = data.Cities[i % data.Cities.Count];
            data.Partners.Add(new PartnerRow
            {
                Id = random.NextGuid(),
                Code = string.Create(CultureInfo.InvariantCulture, $"PTN-{i + 1:D3}"),
                Name = $"{city.Name}{random.Pick(ChineseNames.CompanyWords)}{Suffix(type)}",
                PartnerType = type,
                Tier = Tiers[i],
                RegionId = cityRow.Id,
                ContactName = random.PersonName(),
                ContactPhone = random.MobilePhone(),
                ContactEmail = string.Create(CultureInfo.InvariantCulture, $"partner{i + 1:D3}@example.cn"),
                JoinedOn = data.DaysAgo(180, 2900),
            });
        }
    }

    private static string Suffix(PartnerType type) => type switch
    {
        PartnerType.Agent => "销售代理有限公司",
        PartnerType.Distributor => "供应链有限公司",
        PartnerType.Reseller => "数码科技有限公司",
        _ => "技术服务有限公司",
    };
}
