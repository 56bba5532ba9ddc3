namespace Platform.Sdk.Time;

/// <summary>Length of a period; the value is its number of months.</summary>
public enum PeriodKind
{
    /// <summary>One month.</summary>
    Month = 1,

    /// <summary>Three months.</summary>
    Quarter = 3,

    /// <summary>Six months.</summary>
    Half = 6,

    /// <summary>Twelve months: the fiscal year.</summary>
    Year = 12,
}

/// <summary>Which calendar year names a fiscal year that does not start in January.</summary>
public enum FiscalYearNaming
{
    /// <summary>By the year it ends in: April 2026 – March 2027 is FY2027 (the common convention).</summary>
    EndYear = 0,

    /// <summary>By the year it starts in: April 2026 – March 2027 is FY2026 (as in Japan).</summary>
    StartYear = 1,
}
