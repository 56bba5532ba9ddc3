using Platform.Sdk.Time;

namespace Platform.Sdk.Tests.Time;

public sealed class PeriodTests
{
    private static readonly TimeZoneInfo Shanghai = ZonedDates.Find("Asia/Shanghai");

    private static DateTimeOffset Utc(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void AnInstantOn31DecemberUtc_IsInJanuaryInShanghai()
    {
        var instant = Utc("2026-12-31T16:30:00Z");
        var months = new PeriodScheme(PeriodKind.Month);

        Assert.Equal("FY2026-M12", months.PeriodOf(instant, TimeZoneInfo.Utc).Label);
        Assert.Equal("FY2027-M01", months.PeriodOf(instant, Shanghai).Label);
        Assert.Equal("FY2027-Q1", new PeriodScheme(PeriodKind.Quarter).PeriodOf(instant, Shanghai).Label);
        Assert.Equal(new DateOnly(2027, 1, 1), ZonedDates.LocalDate(instant, Shanghai));
    }

    [Fact]
    public void PeriodBoundaries_AreUtcInstantsOfLocalMidnights()
    {
        var q1 = new PeriodScheme(PeriodKind.Quarter).PeriodOf(new DateOnly(2027, 2, 10));

        Assert.Equal(Utc("2026-12-31T16:00:00Z"), q1.StartUtc(Shanghai));
        Assert.Equal(Utc("2027-03-31T16:00:00Z"), q1.EndUtc(Shanghai));
        Assert.Equal(TimeSpan.Zero, q1.StartUtc(Shanghai).Offset);
    }

    [Fact]
    public void PeriodBoundaries_FollowDaylightSavingTime()
    {
        var newYork = ZonedDates.Find("America/New_York");
        var march = new PeriodScheme(PeriodKind.Month).PeriodOf(new DateOnly(2026, 3, 15));

        // EST (−5) on 1 March, EDT (−4) from 8 March 2026.
        Assert.Equal(Utc("2026-03-01T05:00:00Z"), march.StartUtc(newYork));
        Assert.Equal(Utc("2026-04-01T04:00:00Z"), march.EndUtc(newYork));
    }

    [Fact]
    public void MidnightSkippedByDaylightSaving_DayStartsAtTheFirstLocalTimeThatExists()
    {
        // A zone whose clocks jump from 00:00 to 01:00 on the first Sunday of September.
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            new DateTime(2000, 1, 1), new DateTime(2099, 12, 31), TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 0, 0, 0), 9, 1, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 0, 0, 0), 4, 1, DayOfWeek.Sunday));
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test/MidnightJump", TimeSpan.FromHours(-4), "midnight jump", "standard", "daylight", [rule]);

        // 6 September 2026 is the first Sunday: local 00:00–01:00 does not exist; 01:00 daylight (−3) is 04:00Z.
        Assert.Equal(Utc("2026-09-06T04:00:00Z"), ZonedDates.StartOfDayUtc(new DateOnly(2026, 9, 6), zone));
        Assert.Equal(Utc("2026-09-05T04:00:00Z"), ZonedDates.StartOfDayUtc(new DateOnly(2026, 9, 5), zone));
    }

    [Theory]
    [InlineData("2026-03-15", FiscalYearNaming.EndYear, "FY2026-Q4", "2026-01-01", "2026-04-01")]
    [InlineData("2026-04-01", FiscalYearNaming.EndYear, "FY2027-Q1", "2026-04-01", "2026-07-01")]
    [InlineData("2026-03-15", FiscalYearNaming.StartYear, "FY2025-Q4", "2026-01-01", "2026-04-01")]
    [InlineData("2026-04-01", FiscalYearNaming.StartYear, "FY2026-Q1", "2026-04-01", "2026-07-01")]
    public void FiscalYearStartingInApril_NumbersQuartersFromApril(string day, FiscalYearNaming naming, string label, string start, string end)
    {
        var period = new PeriodScheme(PeriodKind.Quarter, fiscalYearStartMonth: 4, naming).PeriodOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(label, period.Label);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
    }

    [Fact]
    public void NextAndPrevious_CrossFiscalYears()
    {
        var quarters = new PeriodScheme(PeriodKind.Quarter, fiscalYearStartMonth: 4);
        var q4 = quarters.PeriodOf(new DateOnly(2026, 2, 1));

        Assert.Equal("FY2027-Q1", q4.Next().Label);
        Assert.Equal(new DateOnly(2026, 4, 1), q4.Next().Start);
        Assert.Equal("FY2026-Q3", q4.Previous().Label);
        Assert.Equal("FY2026-M12", new PeriodScheme(PeriodKind.Month).PeriodOf(new DateOnly(2027, 1, 5)).Previous().Label);
        Assert.Equal(q4, q4.Next().Previous());
    }

    [Fact]
    public void HalvesAndYears_WithAJulyFiscalYear()
    {
        var halves = new PeriodScheme(PeriodKind.Half, fiscalYearStartMonth: 7);
        var years = new PeriodScheme(PeriodKind.Year, fiscalYearStartMonth: 7);

        Assert.Equal("FY2027-H1", halves.PeriodOf(new DateOnly(2026, 12, 31)).Label);
        Assert.Equal("FY2027-H2", halves.PeriodOf(new DateOnly(2027, 1, 1)).Label);
        var year = years.PeriodOf(new DateOnly(2027, 6, 30));
        Assert.Equal(("FY2027", new DateOnly(2026, 7, 1), new DateOnly(2027, 7, 1)), (year.Label, year.Start, year.End));
    }

    [Fact]
    public void YearToDate_RunsFromTheFiscalYearStart()
    {
        var quarters = new PeriodScheme(PeriodKind.Quarter, fiscalYearStartMonth: 4);

        Assert.Equal(new DateRange(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 16)), quarters.YearToDate(new DateOnly(2026, 6, 15)));
        Assert.Equal(new DateRange(new DateOnly(2026, 4, 1), new DateOnly(2026, 10, 1)), quarters.PeriodOf(new DateOnly(2026, 8, 1)).YearToDate());
        Assert.Equal(new DateRange(new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 2)), quarters.YearToDate(new DateOnly(2026, 3, 1)));
        Assert.Equal(Utc("2025-03-31T16:00:00Z"), quarters.YearToDate(new DateOnly(2026, 3, 1)).StartUtc(Shanghai));
    }

    [Fact]
    public void EveryDayOfFourYears_IsInExactlyOneChainOfPeriods()
    {
        foreach (var kind in Enum.GetValues<PeriodKind>())
        {
            foreach (var startMonth in new[] { 1, 4, 7, 10 })
            {
                var scheme = new PeriodScheme(kind, startMonth);
                var period = scheme.PeriodOf(new DateOnly(2025, 1, 1));
                for (var day = new DateOnly(2025, 1, 1); day < new DateOnly(2029, 1, 1); day = day.AddDays(1))
                {
                    if (!period.Contains(day))
                    {
                        Assert.Equal(period.End, day);
                        period = period.Next();
                    }
                    Assert.Equal(period, scheme.PeriodOf(day));
                    Assert.InRange(period.Number, 1, 12 / (int)kind);
                }
            }
        }
    }

    [Fact]
    public void BadSchemes_AreRefused()
    {
        Assert.Equal("fiscalYearStartMonth", Assert.Throws<ArgumentOutOfRangeException>(() => new PeriodScheme(PeriodKind.Month, 13)).ParamName);
        Assert.Equal("fiscalYearStartMonth", Assert.Throws<ArgumentOutOfRangeException>(() => new PeriodScheme(PeriodKind.Month, 0)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new PeriodScheme((PeriodKind)2)).ParamName);
    }

    [Fact]
    public void UnknownZone_IsATimeZoneNotFoundNamingIt()
    {
        Assert.Contains("'Mars/Olympus'", Assert.Throws<TimeZoneNotFoundException>(() => ZonedDates.Find("Mars/Olympus")).Message, StringComparison.Ordinal);
    }
}
