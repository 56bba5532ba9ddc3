using Microsoft.EntityFrameworkCore;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Steps;

/// <summary>
/// Inventory rules: the product exists; one position per product and location; a store location
/// names an existing store code.
/// </summary>
internal static class InventoryRules
{
    public static async Task CheckAsync(ReferenceChecker c, CancellationToken ct)
    {
        await c.ExistsAsync<ProductRow>("productId", ct);
        if (!c.Target.Contains("productId") && !c.Target.Contains("locationCode") && !c.Target.Contains("locationType"))
        {
            return;
        }
        var productId = await c.EffectiveAsync<InventoryPositionRow, Guid?>("productId", p => p.ProductId, ct);
        var location = await c.EffectiveAsync<InventoryPositionRow, string>("locationCode", p => p.LocationCode, ct);
        var type = await c.EffectiveAsync<InventoryPositionRow, LocationType?>("locationType", p => p.LocationType, ct);
        if (string.IsNullOrEmpty(location))
        {
            return;
        }
        var id = c.Target.Id;
        if (productId is { } product
            && await c.Db.InventoryPositions.AnyAsync(p => p.ProductId == product && p.LocationCode == location && p.Id != id, ct))
        {
            c.Fail("locationCode", $"There is already a position for product {product} at '{location}'.");
        }
        if (type == LocationType.Store && !await c.Db.Stores.AnyAsync(s => s.Code == location, ct))
        {
            c.Fail("locationCode", $"No store has the code '{location}'.");
        }
    }
}
