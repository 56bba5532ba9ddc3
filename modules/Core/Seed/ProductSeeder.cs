using Platform.Modules.Core.Model;
using Platform.Modules.Core.Seed.Data;

namespace Platform.Modules.Core.Seed;

/// <summary>Builds the product and price master from the demo catalogue.</summary>
internal static class ProductSeeder
{
    public static void Build(DemoData data)
    {
        foreach (var item in ProductCatalog.Items)
        {
            data.Products.Add((item, new ProductRow
            {
                Id = data.Random.NextGuid(),
                Sku = item.Sku,
                Name = item.Name,
                ProductLine = item.ProductLine,
                Series = item.Series,
                Category = item.Category,
                UnitCost = item.UnitCost,
                ListPrice = item.ListPrice,
                Currency = data.Settings.DefaultCurrency,
                Active = true,
            }));
        }
    }
}
