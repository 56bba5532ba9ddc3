using Platform.Modules.Pricing.Analytics;

namespace Platform.Modules.Pricing.Tests.Analytics;

public sealed class PromotionRoiCalculatorTests
{
    private static readonly DateWindow PrePeriod = new(new(2026, 6, 1), new(2026, 6, 10));
    private static readonly DateWindow Promotion = new(new(2026, 6, 18), new(2026, 6, 20));

    [Fact]
    public void Calculate_HandComputedPromotion()
    {
        // Pre-period: 10 days × 1 000 revenue (one day in two entries) and 300 margin → 1 000 a day.
        // Promotion: 2 000 + 2 500 + 1 500 = 6 000 over 3 days; baseline 3 × 1 000 = 3 000; incremental 3 000.
        // Cost 1 200 discounts + 300 fixed = 1 500 → ROI (3 000 − 1 500) / 1 500 = 1.
        // Margin: baseline 3 × 300 = 900, promotion 500 + 600 + 400 = 1 500, incremental 600 → (600 − 1 500) / 1 500 = −0.6.
        var series = PrePeriodDays(1000m, 300m)
            .Append(new DailyRevenue(new(2026, 6, 14), 99_999m, 9_999m))
            .Concat([
                new DailyRevenue(new(2026, 6, 18), 2000m, 500m),
                new DailyRevenue(new(2026, 6, 19), 2500m, 600m),
                new DailyRevenue(new(2026, 6, 20), 1500m, 400m),
                new DailyRevenue(new(2026, 6, 21), 99_999m, 9_999m),
            ])
            .ToList();

        var result = PromotionRoiCalculator.Calculate(new PromotionRoiRequest(series, PrePeriod, Promotion, 1200m, 300m));

        Assert.Equal(PromotionRoiStatus.Calculated, result.Status);
        Assert.Null(result.Reason);
        Assert.Equal(3, result.PromotionDays);
        Assert.Equal(1000m, result.BaselineRevenuePerDay);
        Assert.Equal(3000m, result.BaselineRevenue);
        Assert.Equal(6000m, result.PromotionRevenue);
        Assert.Equal(3000m, result.IncrementalRevenue);
        Assert.Equal(1500m, result.Cost);
        Assert.Equal(1m, result.Roi);
        Assert.Equal(600m, result.IncrementalGrossMargin);
        Assert.Equal(-0.6m, result.GrossMarginRoi);
    }

    [Fact]
    public void Calculate_DaysWithoutEntries_CountAsNoSales()
    {
        // 2 × 1 000 over a 4-day pre-period: 500 a day; 3 promotion days → baseline 1 500.
        var prePeriod = new DateWindow(new(2026, 6, 1), new(2026, 6, 4));
        List<DailyRevenue> series = [new(new(2026, 6, 1), 1000m), new(new(2026, 6, 3), 1000m), new(new(2026, 6, 18), 2000m)];

        var result = PromotionRoiCalculator.Calculate(new PromotionRoiRequest(series, prePeriod, Promotion, 100m, 0m));

        Assert.Equal(500m, result.BaselineRevenuePerDay);
        Assert.Equal(1500m, result.BaselineRevenue);
        Assert.Equal(500m, result.IncrementalRevenue);
        Assert.Equal(4m, result.Roi);
        Assert.Null(result.IncrementalGrossMargin);
        Assert.Null(result.GrossMarginRoi);
    }

    [Fact]
    public void Calculate_BaselineDays_UsesTheEndOfThePrePeriod()
    {
        // Days 1–5 at 2 000, days 6–10 at 1 000; a 5-day baseline is days 6–10 → 1 000 a day.
        var series = Enumerable.Range(1, 10)
            .Select(d => new DailyRevenue(new(2026, 6, d), d <= 5 ? 2000m : 1000m))
            .Append(new DailyRevenue(new(2026, 6, 18), 4000m))
            .ToList();

        var result = PromotionRoiCalculator.Calculate(new PromotionRoiRequest(series, PrePeriod, Promotion, 500m, 0m, BaselineDays: 5));

        Assert.Equal(new DateWindow(new(2026, 6, 6), new(2026, 6, 10)), result.BaselineWindow);
        Assert.Equal(1000m, result.BaselineRevenuePerDay);
        Assert.Equal(1000m, result.IncrementalRevenue);
        Assert.Equal(1m, result.Roi);
    }

    [Fact]
    public void Calculate_BaselineOfAWeek_StaysExactWhenWhole()
    {
        // 7 days summing to 7 000 (uneven days), a 7-day promotion: baseline exactly 7 000.
        var prePeriod = new DateWindow(new(2026, 6, 1), new(2026, 6, 7));
        var promotion = new DateWindow(new(2026, 6, 8), new(2026, 6, 14));
        List<DailyRevenue> series = [new(new(2026, 6, 1), 3000m), new(new(2026, 6, 2), 4000m), new(new(2026, 6, 9), 10_000m)];

        var result = PromotionRoiCalculator.Calculate(new PromotionRoiRequest(series, prePeriod, promotion, 1000m, 0m));

        Assert.Equal(7000m, result.BaselineRevenue);
        Assert.Equal(3000m, result.IncrementalRevenue);
        Assert.Equal(2m, result.Roi);
    }

    [Fact]
    public void Calculate_ZeroCost_ReportsTheIncrementButNoRoi()
    {
        var series = PrePeriodDays(1000m, null).Append(new DailyRevenue(new(2026, 6, 18), 5000m)).ToList();

        var result = PromotionRoiCalculator.Calculate(new PromotionRoiRequest(series, PrePeriod, Promotion, 0m, 0m));

        Assert.Equal(PromotionRoiStatus.ZeroCost, result.Status);
        Assert.NotNull(result.Reason);
        Assert.Equal(2000m, result.IncrementalRevenue);
        Assert.Null(result.Roi);
        Assert.Null(result.GrossMarginRoi);
    }

    [Fact]
    public void Calculate_EmptyPrePeriod_SaysThereIsNoBaseline()
    {
        List<DailyRevenue> series = [new(new(2026, 6, 18), 5000m)];

        var result = PromotionRoiCalculator.Calculate(new PromotionRoiRequest(series, PrePeriod, Promotion, 100m, 0m));

        Assert.Equal(PromotionRoiStatus.EmptyPrePeriod, result.Status);
        Assert.Contains("2026-06-01", result.Reason, StringComparison.Ordinal);
        Assert.Equal(5000m, result.PromotionRevenue);
        Assert.Null(result.BaselineRevenue);
        Assert.Null(result.IncrementalRevenue);
        Assert.Null(result.Roi);
    }

    [Fact]
    public void Calculate_PromotionWithoutSales_LosesTheWholeBaseline()
    {
        // Baseline 3 000 revenue and 900 margin, nothing sold: (−3 000 − 100) / 100 = −31 and (−900 − 100) / 100 = −10.
        var result = PromotionRoiCalculator.Calculate(new PromotionRoiRequest([.. PrePeriodDays(1000m, 300m)], PrePeriod, Promotion, 100m, 0m));

        Assert.Equal(0m, result.PromotionRevenue);
        Assert.Equal(-3000m, result.IncrementalRevenue);
        Assert.Equal(-31m, result.Roi);
        Assert.Equal(-900m, result.IncrementalGrossMargin);
        Assert.Equal(-10m, result.GrossMarginRoi);
    }

    private static IEnumerable<DailyRevenue> PrePeriodDays(decimal revenue, decimal? margin) =>
        Enumerable.Range(1, 10).SelectMany(d => d == 4
            ? new[] { new DailyRevenue(new(2026, 6, d), revenue / 2, margin / 2), new DailyRevenue(new(2026, 6, d), revenue / 2, margin / 2) }
            : [new DailyRevenue(new(2026, 6, d), revenue, margin)]);
}
