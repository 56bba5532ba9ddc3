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
        await c.ExistsAsync<ProductRow>(CoreAttributes.InventoryPosition.ProductId, ct);
        if (!c.Target.Contains(CoreAttributes.InventoryPosition.ProductId) && !c.Target.Contains(CoreAttributes.InventoryPosition.LocationCode) && !c.Target.Contains(CoreAttributes.InventoryPosition.LocationType))
        {
            return;
        }
        var productId = await c.EffectiveAsync<InventoryPositionRow, Guid?>(CoreAttributes.InventoryPosition.ProductId, p => p.ProductId, ct);
        var location = await c.EffectiveAsync<InventoryPositionRow, string>(CoreAttributes.InventoryPosition.LocationCode, p => p.LocationCode, ct);
        var type = await c.EffectiveAsync<InventoryPositionRow, LocationType?>(CoreAttributes.InventoryPosition.LocationType, p => p.LocationType, ct);
        if (string.IsNullOrEmpty(location))
        {
            return;
        }
        var id = c.Target.Id;
        if (productId is { } product
            && await c.Db.InventoryPositions.AnyAsync(p => p.ProductId == product && p.LocationCode == location && p.Id != id, ct))
        {
            c.Fail(CoreAttributes.InventoryPosition.LocationCode, $"There is already a position for product {product} at '{location}'.");
        }
        if (type == LocationType.Store && !await c.Db.Stores.AnyAsync(s => s.Code == location, ct))
        {
            c.Fail(CoreAttributes.InventoryPosition.LocationCode, $"No store has the code '{location}'.");
        }
    }
}
