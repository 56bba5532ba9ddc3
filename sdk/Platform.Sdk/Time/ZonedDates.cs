namespace Platform.Sdk.Time;

/// <summary>Local calendar dates of a time zone and the UTC instants where they begin.</summary>
public static class ZonedDates
{
    /// <summary>
    /// The zone of an IANA id (<c>Asia/Shanghai</c>; Windows ids work too where the system maps them).
    /// </summary>
    /// <exception cref="TimeZoneNotFoundException">No such zone on this system; the message names the id.</exception>
    public static TimeZoneInfo Find(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone
            : throw new TimeZoneNotFoundException($"'{id}' is not a time zone known to this system (expected an IANA id such as Asia/Shanghai).");
    }

    /// <summary>The calendar date <paramref name="instant"/> falls on in <paramref name="zone"/> (2026-12-31T16:00Z is 2027-01-01 in Asia/Shanghai).</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }

    /// <summary>
    /// The UTC instant <paramref name="date"/> begins in <paramref name="zone"/>. Where a daylight-saving change
    /// skips local midnight the day begins at the first local time that exists; where midnight occurs twice, at
    /// the first of them.
    /// </summary>
    public static DateTimeOffset StartOfDayUtc(DateOnly date, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
