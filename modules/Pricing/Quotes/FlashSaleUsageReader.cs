using Microsoft.EntityFrameworkCore;
using Platform.Modules.Pricing.Data;
using Platform.Modules.Pricing.Engine.Carts;

namespace Platform.Modules.Pricing.Quotes;

/// <summary>
/// For the flash sales running at the cart's time: units left of their reserved stock and units the
/// customer already bought. A quote only reads these; completing an order takes the units atomically.
/// </summary>
internal sealed class FlashSaleUsageReader(PricingDbContext db)
{
    public async Task<Dictionary<string, FlashSaleUsage>> ReadAsync(PricingCatalog catalog, Guid? customerId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var running = catalog.FlashSales.Where(f => f.Value.IsActiveAt(at)).Select(f => f.Key).ToList();
        var usage = new Dictionary<string, FlashSaleUsage>(StringComparer.Ordinal);
        if (running.Count == 0)
        {
            return usage;
        }
        var stock = await db.FlashSaleStock.AsNoTracking().Where(s => running.Contains(s.PromotionId)).ToDictionaryAsync(s => s.PromotionId, cancellationToken);
        var bought = customerId is { } customer
            ? await db.FlashSaleSales.AsNoTracking().Where(s => s.CustomerId == customer && running.Contains(s.PromotionId))
                .GroupBy(s => s.PromotionId).Select(g => new { g.Key, Quantity = g.Sum(s => s.Quantity) })
                .ToDictionaryAsync(g => g.Key, g => g.Quantity, cancellationToken)
            : [];
        foreach (var id in running)
        {
            var left = stock.TryGetValue(id, out var row) ? row.Reserved - row.Sold : 0;
            usage[id.ToString()] = new FlashSaleUsage(bought.GetValueOrDefault(id), Math.Max(0, left));
        }
        return usage;
    }
}
