namespace Platform.Modules.Pricing.Analytics;

/// <summary>
/// Promotion ROI against a pre-period baseline:
/// baseline = revenue of the baseline window ÷ its calendar days × promotion days;
/// incremental revenue = promotion revenue − baseline;
/// ROI = (incremental revenue − cost) ÷ cost, with cost = discounts given + fixed costs.
/// With gross margins the same is done on margin: (incremental gross margin − cost) ÷ cost.
/// Nothing is rounded.
/// </summary>
internal static class PromotionRoiCalculator
{
    public static PromotionRoiResult Calculate(PromotionRoiRequest request)
    {
        AnalysisRequestValidator.ThrowIfInvalid(AnalysisRequestValidator.Validate(request), nameof(request));
        var baselineWindow = request.BaselineWindow;
        var promotion = request.PromotionWindow;
        var before = request.Series.Where(d => baselineWindow.Contains(d.Day)).ToList();
        var during = request.Series.Where(d => promotion.Contains(d.Day)).ToList();
        var promotionRevenue = during.Sum(d => d.Revenue);
        var cost = request.Cost;
        var result = new PromotionRoiResult(PromotionRoiStatus.Calculated, null, baselineWindow, promotion.Days, promotionRevenue, cost);
        if (before.Count == 0)
        {
            return result with
            {
                Status = PromotionRoiStatus.EmptyPrePeriod,
                Reason = $"No revenue was recorded from {baselineWindow.Start:O} to {baselineWindow.End:O}, so there is no baseline.",
            };
        }

        var baseline = Baseline(before.Sum(d => d.Revenue), baselineWindow, promotion);
        var incremental = promotionRevenue - baseline;
        result = result with
        {
            BaselineRevenuePerDay = before.Sum(d => d.Revenue) / baselineWindow.Days,
            BaselineRevenue = baseline,
            IncrementalRevenue = incremental,
        };
        var hasMargins = before.Concat(during).All(d => d.GrossMargin is not null);
        var incrementalMargin = hasMargins
            ? during.Sum(d => d.GrossMargin!.Value) - Baseline(before.Sum(d => d.GrossMargin!.Value), baselineWindow, promotion)
            : (decimal?)null;
        result = result with { IncrementalGrossMargin = incrementalMargin };
        if (cost == 0)
        {
            return result with { Status = PromotionRoiStatus.ZeroCost, Reason = "The promotion cost nothing, so a return on it is undefined." };
        }
        return result with
        {
            Roi = (incremental - cost) / cost,
            GrossMarginRoi = incrementalMargin is { } margin ? (margin - cost) / cost : null,
        };
    }

    // Multiplying before dividing keeps a baseline exact whenever the promotion is a whole number of baseline averages.
    private static decimal Baseline(decimal windowTotal, DateWindow baselineWindow, DateWindow promotion) =>
        windowTotal * promotion.Days / baselineWindow.Days;
}
