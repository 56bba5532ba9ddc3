using Platform.Sdk.Monetary;
using Platform.Sdk.Tiers;
using Platform.Sdk.Time;

namespace Platform.Sdk.Tests;



/// <summary>The README's "Shared building blocks" examples, with the results the README states.</summary>
public sealed class ReadmeExamplesTests
{
    private static readonly TimeZoneInfo Shanghai = ZonedDates.Find("Asia/Shanghai");

    private static DateTimeOffset Utc(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void MoneyExample()
    {
        var policy = CurrencyPolicy.Parse("JPY:0,KRW:0", defaultDecimals: 2, RoundingRule.HalfAwayFromZero);

        Assert.Equal(1235m, policy.For("JPY").Round(1234.5m));
        Assert.Equal(0.12m, new MoneyRounding(2, RoundingRule.HalfToEven).Round(0.125m));
        Assert.Equal(new Money(100.5m, "CNY"), new Money(100m, "CNY") + new Money(0.5m, "CNY"));
        Assert.Equal([33.34m, 33.33m, 33.33m], LargestRemainder.Allocate(100m, [1m, 1m, 1m], policy.For("CNY")));
        Assert.Equal([33.26m, 33.25m, 33.49m], new Money(100m, "CNY").Allocate([283m, 283m, 285m], policy).Select(m => m.Amount));
    }

    [Fact]
    public void TierExample()
    {
        var table = new TierTable
        {
            Mode = TierMode.Marginal,
            Tiers = [Tier.AtRate(0m, 20_000m, 0.05m), Tier.AtRate(20_000m, 100_000m, 0.08m), Tier.AtRate(100_000m, null, 0.12m)],
        };
        var result = table.Evaluate(150_000m);
        var commission = new TierTable { Mode = TierMode.WholeAmount, Gate = 0.8m, Tiers = [Tier.AtRate(0.8m, 1.0m, 0.03m), Tier.AtRate(1.0m, null, 0.05m)] };
        var capped = commission.Evaluate(600_000m, new() { BoundScale = 500_000m, Cap = 20_000m, AlreadyPaid = 12_000m });

        Assert.Equal(13_400m, result.Total);
        Assert.Equal(18_000m, (table with { Mode = TierMode.WholeAmount }).Evaluate(150_000m).Total);
        Assert.Contains("Tier 2 [100000, 150000]: 50000 × 12% = 6000", result.Explain());
        Assert.Equal(0m, commission.Evaluate(399_950m, new() { BoundScale = 500_000m }).Total);
        Assert.Equal((20_000m, 8_000m), (capped.Total, capped.Due));
    }

    [Fact]
    public void EffectiveDatedExample()
    {
        var rates = new EffectiveTimeline<decimal>(
        [
            EffectiveDated.FromLocalDates(0.04m, new DateOnly(2027, 1, 1), new DateOnly(2027, 4, 1), Shanghai),
            EffectiveDated.FromLocalDates(0.05m, new DateOnly(2027, 4, 1), null, Shanghai),
        ]);

        Assert.Equal(Utc("2027-03-31T16:00:00Z"), rates.Versions[1].From);
        Assert.Equal(0.04m, rates.ValueAt(Utc("2027-03-31T15:00:00Z")));
    }

    [Fact]
    public void PeriodExample()
    {
        var quarters = new PeriodScheme(PeriodKind.Quarter, fiscalYearStartMonth: 4);
        var q = quarters.PeriodOf(Utc("2026-12-31T16:30:00Z"), Shanghai);

        Assert.Equal("FY2027-Q4", q.Label);
        Assert.Equal(Utc("2026-12-31T16:00:00Z"), q.StartUtc(Shanghai));
        Assert.Equal(("FY2028-Q1", "FY2027-Q3"), (q.Next().Label, q.Previous().Label));
        Assert.Equal(new DateRange(new DateOnly(2026, 4, 1), new DateOnly(2027, 4, 1)), q.YearToDate());
        Assert.Equal(new DateRange(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 16)), quarters.YearToDate(new DateOnly(2026, 6, 15)));
    }

    [Fact]
    public void CalendarExample()
    {
        var calendar = new BusinessCalendar(new BusinessCalendarDefinition
        {
            TimeZone = "Asia/Shanghai",
            Holidays = [new CalendarDates("Spring Festival", new DateOnly(2026, 2, 15), new DateOnly(2026, 2, 23))],
            MakeUpWorkingDays = [new CalendarDates("调休", new DateOnly(2026, 2, 14)), new CalendarDates("调休", new DateOnly(2026, 2, 28))],
        });

        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 2, 14)));
        Assert.Equal(new DateOnly(2026, 2, 24), calendar.AddWorkingDays(new DateOnly(2026, 2, 14), 1));
        // February 2026: 20 weekdays, 6 of them Spring Festival holidays (16–20, 23), plus 2 make-up Saturdays.
        Assert.Equal(16, calendar.CountWorkingDays(new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)));
    }
}
