using Platform.Modules.Pricing.Data;
using Platform.Modules.Pricing.Model;
using Platform.Modules.Pricing.Promotions;
using Platform.Sdk.Data;

namespace Platform.Modules.Pricing.Analytics.Sources;

/// <summary>The ROI request built from stored data, and the instants and order counts it was measured on.</summary>
internal sealed record PromotionRoiInputs(
    PromotionRoiRequest Request, DateTimeOffset WindowStart, DateTimeOffset WindowEnd, int PrePeriodOrders, int WindowOrders);

/// <summary>
/// Builds a promotion's ROI request from Core orders and stored quotes. The window runs from the promotion's start to
/// its end (exclusive), or to now when it has no end or has not ended; the pre-period is the given number of whole
/// China days before the start day. Revenue is the scope's sold lines at base price (list price × quantity), so the
/// promotion's discounts are counted once, as cost; gift lines (net price 0) are not sales. Orders placed on the
/// start day before the start belong to neither period.
/// </summary>
internal static class PromotionRoiSource
{
    public static async Task<(PromotionRoiInputs? Inputs, FieldError? Error)> BuildAsync(
        PromotionRow promotion, int preDays, decimal fixedCost, DateTimeOffset now, IDataService data, PricingDbContext db, CancellationToken ct)
    {
        var start = promotion.StartsAt;
        var end = promotion.EndsAt is { } ends && ends < now ? ends : now;
        if (end <= start)
        {
            return (null, new("promotionId", $"The promotion starts at {start:O}, after now: there is nothing to measure yet."));
        }
        var startDay = ChinaTime.DayOf(start);
        var window = new DateWindow(startDay, ChinaTime.DayOf(end.AddTicks(-1)));
        var prePeriod = new DateWindow(startDay.AddDays(-preDays), startDay.AddDays(-1));
        var preEnd = ChinaTime.StartOf(startDay);
        var scope = await PromotionScope.ResolveAsync(PromotionDocuments.ReadApplicability(promotion.Applicability), data, ct);
        var lines = await CoreOrderReader.ReadLinesAsync(data, ChinaTime.StartOf(prePeriod.Start), end, promotion.Currency, ct);
        var counted = lines.Where(l => l.OrderedAt < preEnd || l.OrderedAt >= start).ToList();
        var series = counted.Where(l => scope.Contains(l.ProductId) && l.NetPrice != 0)
            .GroupBy(l => ChinaTime.DayOf(l.OrderedAt))
            .OrderBy(g => g.Key)
            .Select(g => new DailyRevenue(g.Key, g.Sum(l => l.ListPrice * l.Quantity)))
            .ToList();
        var windowOrders = counted.Where(l => l.OrderedAt >= start).Select(l => l.OrderId).Distinct().ToList();
        var discountCost = await PromotionDiscountCost.SumAsync(db, promotion.Id, windowOrders, ct);
        var request = new PromotionRoiRequest(series, prePeriod, window, discountCost, fixedCost);
        var preOrders = counted.Where(l => l.OrderedAt < preEnd).Select(l => l.OrderId).Distinct().Count();
        return (new PromotionRoiInputs(request, start, end, preOrders, windowOrders.Count), null);
    }
}
