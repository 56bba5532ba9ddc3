namespace Platform.Sdk.Time;

/// <summary>
/// How a tenant cuts time into periods: a <see cref="PeriodKind"/>, the month its fiscal year starts
/// (1 = January) and how fiscal years are named. Periods are local calendar days; their UTC boundaries
/// depend on the tenant's time zone.
/// </summary>
public sealed record PeriodScheme
{
    /// <summary>Creates a scheme.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An unknown kind or naming, or a start month outside 1–12.</exception>
    public PeriodScheme(PeriodKind kind, int fiscalYearStartMonth = 1, FiscalYearNaming naming = FiscalYearNaming.EndYear)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period kind.");
        }
        if (fiscalYearStartMonth is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(fiscalYearStartMonth), fiscalYearStartMonth, "The fiscal year starts in a month 1-12.");
        }
        if (!Enum.IsDefined(naming))
        {
            throw new ArgumentOutOfRangeException(nameof(naming), naming, "Unknown fiscal year naming.");
        }
        Kind = kind;
        FiscalYearStartMonth = fiscalYearStartMonth;
        Naming = naming;
    }

    /// <summary>Length of the periods.</summary>
    public PeriodKind Kind { get; }

    /// <summary>Month the fiscal year starts (1 = January, 4 = April).</summary>
    public int FiscalYearStartMonth { get; }

    /// <summary>How fiscal years are named.</summary>
    public FiscalYearNaming Naming { get; }

    /// <summary>The period containing local day <paramref name="day"/>.</summary>
    public Period PeriodOf(DateOnly day)
    {
        var yearStart = FiscalYearStart(day);
        var monthsIn = (day.Year - yearStart.Year) * 12 + day.Month - yearStart.Month;
        var length = (int)Kind;
        var number = monthsIn / length + 1;
        return new Period(this, yearStart.AddMonths((number - 1) * length), number);
    }

    /// <summary>The period containing <paramref name="instant"/> as a local day in <paramref name="zone"/>.</summary>
    public Period PeriodOf(DateTimeOffset instant, TimeZoneInfo zone) => PeriodOf(ZonedDates.LocalDate(instant, zone));

    /// <summary>Year to date: from the start of the fiscal year containing <paramref name="day"/> to the end of that day.</summary>
    public DateRange YearToDate(DateOnly day) => new(FiscalYearStart(day), day.AddDays(1));

    /// <summary>First day of the fiscal year containing <paramref name="day"/>.</summary>
    public DateOnly FiscalYearStart(DateOnly day)
    {
        var startYear = day.Month >= FiscalYearStartMonth ? day.Year : day.Year - 1;
        return new DateOnly(startYear, FiscalYearStartMonth, 1);
    }

    /// <summary>The name of the fiscal year starting on <paramref name="fiscalYearStart"/>.</summary>
    public int FiscalYearName(DateOnly fiscalYearStart) =>
        FiscalYearStartMonth == 1 || Naming == FiscalYearNaming.StartYear ? fiscalYearStart.Year : fiscalYearStart.Year + 1;
}
