using System.Globalization;

namespace Platform.Sdk.Time;

/// <summary>Local calendar days from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).</summary>
/// <param name="Start">First day.</param>
/// <param name="End">Day after the last.</param>
public readonly record struct DateRange(DateOnly Start, DateOnly End)
{
    /// <summary>Number of days.</summary>
    public int Days => End.DayNumber - Start.DayNumber;

    /// <summary>Whether <paramref name="day"/> is in the range.</summary>
    public bool Contains(DateOnly day) => Start <= day && day < End;

    /// <summary>The instant the range begins in <paramref name="zone"/>, in UTC.</summary>
    public DateTimeOffset StartUtc(TimeZoneInfo zone) => ZonedDates.StartOfDayUtc(Start, zone);

    /// <summary>The instant the range ends (exclusive) in <paramref name="zone"/>, in UTC.</summary>
    public DateTimeOffset EndUtc(TimeZoneInfo zone) => ZonedDates.StartOfDayUtc(End, zone);

    /// <summary>Whether <paramref name="instant"/> falls inside the range in <paramref name="zone"/>.</summary>
    public bool Contains(DateTimeOffset instant, TimeZoneInfo zone) => Contains(ZonedDates.LocalDate(instant, zone));

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Start:yyyy-MM-dd}, {End:yyyy-MM-dd})");
}
