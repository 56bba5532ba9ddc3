using Microsoft.EntityFrameworkCore;
using Platform.Modules.Pricing.Data;
using Platform.Modules.Pricing.Quotes;

namespace Platform.Modules.Pricing.Analytics.Sources;

/// <summary>
/// What a promotion gave away on given orders: the sum of its applied amounts in their stored quotes
/// (<c>order_pricing.quote</c> → pricing.applied where the promotion id matches). A gift's applied amount is 0.
/// </summary>
internal static class PromotionDiscountCost
{
    public static async Task<decimal> SumAsync(PricingDbContext db, Guid promotionId, IReadOnlyCollection<Guid> orderIds, CancellationToken ct)
    {
        var total = 0m;
        foreach (var chunk in orderIds.Chunk(500))
        {
            var quotes = await db.OrderPricing.AsNoTracking().Where(p => chunk.Contains(p.OrderId)).Select(p => p.Quote).ToListAsync(ct);
            total += quotes.Select(StoredQuote.Read)
                .SelectMany(q => q?.Quote.Pricing.Applied ?? [])
                .Where(a => Guid.TryParse(a.PromotionId, out var id) && id == promotionId)
                .Sum(a => a.Amount);
        }
        return total;
    }
}
