namespace Platform.Sdk.Time;

/// <summary>A named local day or run of days (both ends inclusive) of a business calendar: "Spring Festival", 2026-02-15 to 2026-02-23.</summary>
/// <param name="Name">What the days are (shown to people); optional.</param>
/// <param name="From">First day.</param>
/// <param name="To">Last day (inclusive); null for the single day <paramref name="From"/>.</param>
public sealed record CalendarDates(string? Name, DateOnly From, DateOnly? To = null)
{
    /// <summary>Most days one entry may span.</summary>
    public const int MaxDays = 366;

    /// <summary>The last day, inclusive.</summary>
    public DateOnly Last => To ?? From;

    /// <summary>Every day of the entry.</summary>
    public IEnumerable<DateOnly> EachDay()
    {
        for (var day = From; day <= Last; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
