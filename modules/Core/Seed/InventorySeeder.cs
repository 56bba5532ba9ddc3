using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Seed;

/// <summary>
/// Builds today's inventory positions: each trading store holds its format's assortment (flagship and
/// experience stores the full range, standard stores the main products, convenience stores the best
/// sellers); five regional warehouses hold every product; a few shipments are in transit.
/// </summary>
internal static class InventorySeeder
{
    private static readonly string[] Warehouses = ["WH-SHANGHAI", "WH-BEIJING", "WH-GUANGZHOU", "WH-WUHAN", "WH-CHENGDU"];
    private static readonly string[] TransitLanes = ["TR-SHANGHAI-HANGZHOU", "TR-GUANGZHOU-SHENZHEN"];

    public static void Build(DemoData data)
    {
        var asOf = new DateTimeOffset(data.Today.ToDateTime(TimeOnly.MinValue), DemoData.ChinaOffset).ToUniversalTime();
        foreach (var store in data.Stores.Where(s => s.Status == StoreStatus.Open))
        {
            var (minPopularity, minUnits, maxUnits) = Assortment(store.Format);
            foreach (var (item, product) in data.Products.Where(p => p.Item.Popularity >= minPopularity))
            {
                Add(data, product, store.Code, LocationType.Store, data.Random.Between(minUnits, maxUnits) * item.Popularity / 5, asOf);
            }
        }
        foreach (var warehouse in Warehouses)
        {
            foreach (var (item, product) in data.Products)
            {
                Add(data, product, warehouse, LocationType.Warehouse, data.Random.Between(40, 300) * item.Popularity, asOf);
            }
        }
        foreach (var lane in TransitLanes)
        {
            foreach (var (item, product) in data.Products.Where(p => p.Item.Popularity >= 7))
            {
                Add(data, product, lane, LocationType.InTransit, data.Random.Between(20, 120) * item.Popularity, asOf);
            }
        }
    }

    private static (int MinPopularity, int MinUnits, int MaxUnits) Assortment(StoreFormat format) => format switch
    {
        StoreFormat.Flagship => (1, 20, 80),
        StoreFormat.Experience => (1, 5, 25),
        StoreFormat.Standard => (4, 8, 40),
        _ => (7, 3, 15),
    };

    private static void Add(DemoData data, ProductRow product, string location, LocationType type, int units, DateTimeOffset asOf)
    {
        var onHand = Math.Max(1, units);
        data.Inventory.Add(new InventoryPositionRow
        {
            Id = data.Random.NextGuid(),
            ProductId = product.Id,
            LocationCode = location,
            LocationType = type,
            OnHand = onHand,
            Reserved = type == LocationType.InTransit ? 0 : data.Random.Between(0, onHand / 5),
            AsOf = asOf,
        });
    }
}
