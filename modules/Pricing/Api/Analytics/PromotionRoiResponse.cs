using Platform.Modules.Pricing.Analytics;

namespace Platform.Modules.Pricing.Api.Analytics;

/// <summary>A promotion's ROI: what was measured (<see cref="Definition"/>), its inputs and the result.</summary>
internal sealed record PromotionRoiResponse(
    Guid PromotionId,
    string Code,
    string Name,
    string? Currency,
    string Definition,
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd,
    DateWindow PrePeriod,
    DateWindow PromotionWindow,
    int PrePeriodOrders,
    int WindowOrders,
    decimal DiscountCost,
    decimal FixedCost,
    IReadOnlyList<DailyRevenue> Series,
    PromotionRoiResult Result)
{
    public const string Rule =
        "Revenue = list price × quantity of the sold lines (orders Confirmed or Completed) whose product the promotion's applicability names " +
        "(by product id, category or product line; every product when it names none), per China day (UTC+8); gift lines are left out. " +
        "Base prices are used so that the promotion's discounts count once, as cost. " +
        "Window: the promotion's start to its end (exclusive), or to now when it has no end or has not ended. Pre-period: the preDays whole days before the start day. " +
        "Baseline = pre-period revenue ÷ its days × window days; incremental revenue = window revenue − baseline. " +
        "Cost = discount cost (the promotion's applied amounts in the stored quotes of the window's orders) + fixedCost. ROI = (incremental revenue − cost) ÷ cost.";
}
