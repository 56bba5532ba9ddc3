namespace Platform.Modules.Pricing.Analytics;

internal enum PromotionRoiStatus
{
    Calculated,
    EmptyPrePeriod,
    ZeroCost,
}

/// <summary>
/// Baseline, incremental figures and ROI of a promotion; ROI is a fraction (0.5 = 50 %). Figures that the
/// <see cref="Status"/> makes impossible are null, and <see cref="Reason"/> says why. The margin figures are null
/// unless every day in both windows came with a gross margin.
/// </summary>
internal sealed record PromotionRoiResult(
    PromotionRoiStatus Status,
    string? Reason,
    DateWindow BaselineWindow,
    int PromotionDays,
    decimal PromotionRevenue,
    decimal Cost,
    decimal? BaselineRevenuePerDay = null,
    decimal? BaselineRevenue = null,
    decimal? IncrementalRevenue = null,
    decimal? Roi = null,
    decimal? IncrementalGrossMargin = null,
    decimal? GrossMarginRoi = null);
