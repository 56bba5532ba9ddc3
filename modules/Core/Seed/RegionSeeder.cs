using Platform.Modules.Core.Model;
using Platform.Modules.Core.Seed.Data;

namespace Platform.Modules.Core.Seed;

/// <summary>Builds the territory: China → sales regions → provinces → cities.</summary>
internal static class RegionSeeder
{
    public static void Build(DemoData data)
    {
        var national = Add(data, ChinaGeography.NationalCode, ChinaGeography.NationalName, RegionLevel.National, null,
            ChinaGeography.NationalPopulation, 1.00m);
        foreach (var region in ChinaGeography.Regions)
        {
            var regionRow = Add(data, region.Code, region.Name, RegionLevel.Region, national.Id,
                region.Provinces.Sum(p => p.Population), null);
            foreach (var province in region.Provinces)
            {
                var provinceRow = Add(data, province.Code, province.Name, RegionLevel.Province, regionRow.Id, province.Population, null);
                foreach (var city in province.Cities)
                {
                    var cityRow = Add(data, city.Code, city.Name, RegionLevel.City, provinceRow.Id, city.Population, city.PurchasingPower);
                    data.Cities.Add((city, cityRow, regionRow));
                }
            }
        }
    }

    private static RegionRow Add(DemoData data, string code, string name, RegionLevel level, Guid? parentId, long population, decimal? purchasingPower)
    {
        var row = new RegionRow
        {
            Id = data.Random.NextGuid(),
            Code = code,
            Name = name,
            Level = level,
            ParentId = parentId,
            Population = population,
            PurchasingPowerIndex = purchasingPower,
        };
        data.Regions.Add(row);
        return row;
    }
}
