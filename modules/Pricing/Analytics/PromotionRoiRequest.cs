namespace Platform.Modules.Pricing.Analytics;

/// <summary>
/// A promotion to evaluate: the daily series of its scope, the pre-period that sets the baseline, the promotion
/// window, and its cost (discounts given plus fixed costs). <paramref name="BaselineDays"/>, when given, uses only
/// the last that many days of the pre-period.
/// </summary>
internal sealed record PromotionRoiRequest(
    IReadOnlyList<DailyRevenue> Series,
    DateWindow PrePeriod,
    DateWindow PromotionWindow,
    decimal DiscountCost,
    decimal FixedCost,
    int? BaselineDays = null)
{
    public DateWindow BaselineWindow =>
        BaselineDays is { } days ? new(PrePeriod.End.AddDays(1 - days), PrePeriod.End) : PrePeriod;

    public decimal Cost => DiscountCost + FixedCost;
}
