using System.Globalization;

namespace Platform.Sdk.Time;

/// <summary>
/// One period of a <see cref="PeriodScheme"/>: local days <see cref="Start"/> (inclusive) to <see cref="End"/>
/// (exclusive), number <see cref="Number"/> of fiscal year <see cref="FiscalYear"/>.
/// </summary>
public sealed record Period
{
    internal Period(PeriodScheme scheme, DateOnly start, int number)
    {
        Scheme = scheme;
        Start = start;
        Number = number;
        FiscalYear = scheme.FiscalYearName(scheme.FiscalYearStart(start));
    }

    /// <summary>The scheme the period belongs to.</summary>
    public PeriodScheme Scheme { get; }

    /// <summary>Length of the period.</summary>
    public PeriodKind Kind => Scheme.Kind;

    /// <summary>First local day.</summary>
    public DateOnly Start { get; }

    /// <summary>Local day after the last.</summary>
    public DateOnly End => Start.AddMonths((int)Kind);

    /// <summary>Position in the fiscal year, from 1 (Q1 = 1; April = 1 in a fiscal year starting in April).</summary>
    public int Number { get; }

    /// <summary>Name of the fiscal year (see <see cref="FiscalYearNaming"/>).</summary>
    public int FiscalYear { get; }

    /// <summary>The period's days.</summary>
    public DateRange Days => new(Start, End);

    /// <summary>A stable label: <c>FY2027-Q1</c>, <c>FY2027-H2</c>, <c>FY2027-M04</c>, <c>FY2027</c>.</summary>
    public string Label => Kind switch
    {
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"FY{FiscalYear}-M{Number:00}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"FY{FiscalYear}-Q{Number}"),
        PeriodKind.Half => string.Create(CultureInfo.InvariantCulture, $"FY{FiscalYear}-H{Number}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"FY{FiscalYear}"),
    };

    /// <summary>The period after this one.</summary>
    public Period Next() => Scheme.PeriodOf(End);

    /// <summary>The period before this one.</summary>
    public Period Previous() => Scheme.PeriodOf(Start.AddDays(-1));

    /// <summary>Whether local day <paramref name="day"/> is in the period.</summary>
    public bool Contains(DateOnly day) => Days.Contains(day);

    /// <summary>The UTC instant the period begins in <paramref name="zone"/>.</summary>
    public DateTimeOffset StartUtc(TimeZoneInfo zone) => Days.StartUtc(zone);

    /// <summary>The UTC instant the period ends (exclusive) in <paramref name="zone"/>.</summary>
    public DateTimeOffset EndUtc(TimeZoneInfo zone) => Days.EndUtc(zone);

    /// <summary>From the start of the period's fiscal year to the end of the period (the range a year-to-date true-up measures).</summary>
    public DateRange YearToDate() => new(Scheme.FiscalYearStart(Start), End);

    /// <inheritdoc />
    public override string ToString() => $"{Label} {Days}";
}
