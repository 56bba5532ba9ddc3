using System.Globalization;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Seed;

/// <summary>
/// Builds the store network: core cities get a flagship, two standard and two convenience stores;
/// the other cities a standard, a convenience and an experience store. Areas lie inside each format's
/// typical range; coordinates within about 10 km of the city centre.
/// </summary>
internal static class StoreSeeder
{
    /// <summary>Upper bound of demo flagship areas (the format itself has none).</summary>
    private const decimal FlagshipDemoMaxArea = 480m;

    private static readonly StoreFormat[] CoreCityFormats =
        [StoreFormat.Flagship, StoreFormat.Standard, StoreFormat.Standard, StoreFormat.Convenience, StoreFormat.Convenience];

    private static readonly StoreFormat[] OtherCityFormats =
        [StoreFormat.Standard, StoreFormat.Convenience, StoreFormat.Experience];

    public static void Build(DemoData data)
    {
        foreach (var (city, cityRow, _) in data.Cities)
        {
            var formats = city.CoreCity ? CoreCityFormats : OtherCityFormats;
            for (var i = 0; i < formats.Length; i++)
            {
                var format = formats[i];
                var (status, openedOn) = Lifecycle(data);
                data.Stores.Add(new StoreRow
                {
                    Id = data.Random.NextGuid(),
                    Code = string.Create(CultureInfo.InvariantCulture, $"ST-{city.Code}-{i + 1:D2}"),
                    Name = $"{city.Name}{city.Districts[i % city.Districts.Length]}{Label(format)}",
                    Format = format,
                    AreaSqm = Area(data, format),
                    Latitude = Math.Round(city.Latitude + (data.Random.Next() - 0.5) * 0.18, 6),
                    Longitude = Math.Round(city.Longitude + (data.Random.Next() - 0.5) * 0.18, 6),
                    RegionId = cityRow.Id,
                    OpenedOn = openedOn,
                    Status = status,
                });
            }
        }
    }

    private static decimal Area(DemoData data, StoreFormat format)
    {
        var (min, max) = StoreFormatGuide.AreaRange(format);
        return data.Random.Between(min, max ?? FlagshipDemoMaxArea, 1);
    }

    private static (StoreStatus Status, DateOnly OpenedOn) Lifecycle(DemoData data)
    {
        var roll = data.Random.Next();
        return roll < 0.04 ? (StoreStatus.Planned, data.Today.AddDays(data.Random.Between(30, 180)))
            : roll < 0.08 ? (StoreStatus.Closed, data.DaysAgo(900, 2500))
            : (StoreStatus.Open, data.DaysAgo(400, 3000));
    }

    private static string Label(StoreFormat format) => format switch
    {
        StoreFormat.Flagship => "旗舰店",
        StoreFormat.Standard => "标准店",
        StoreFormat.Convenience => "便利店",
        _ => "体验店",
    };
}
