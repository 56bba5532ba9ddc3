using Platform.Modules.Core.Model;
using Platform.Modules.Core.Seed.Data;
using Platform.Modules.Core.Settings;

namespace Platform.Modules.Core.Seed;

/// <summary>The demo data set being built, with the random source, settings and clock it is built from.</summary>
internal sealed class DemoData(CoreSettings settings, DateTimeOffset now)
{
    /// <summary>China Standard Time (no daylight saving): the demo's calendar runs on it.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public CoreSettings Settings { get; } = settings;
    public DemoRandom Random { get; } = new(settings.DemoRandomSeed);

    /// <summary>The current time in China.</summary>
    public DateTimeOffset Now { get; } = now.ToOffset(ChinaOffset);
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public List<RegionRow> Regions { get; } = [];
    public List<(CityInfo Info, RegionRow Row, RegionRow SalesRegion)> Cities { get; } = [];
    public List<StoreRow> Stores { get; } = [];
    public List<(CatalogItem Item, ProductRow Row)> Products { get; } = [];
    public List<CustomerRow> Customers { get; } = [];
    public List<PartnerRow> Partners { get; } = [];
    public List<TeamRow> Teams { get; } = [];
    public List<SalesRepRow> Reps { get; } = [];
    public List<OrderRow> Orders { get; } = [];
    public List<InventoryPositionRow> Inventory { get; } = [];
    public List<OpportunityRow> Opportunities { get; } = [];

    /// <summary>The sales region (level Region) a city belongs to.</summary>
    public RegionRow SalesRegionOf(Guid cityId) => Cities.First(c => c.Row.Id == cityId).SalesRegion;

    /// <summary>A random date between <paramref name="minDays"/> and <paramref name="maxDays"/> days before today.</summary>
    public DateOnly DaysAgo(int minDays, int maxDays) => Today.AddDays(-Random.Between(minDays, maxDays));
}
