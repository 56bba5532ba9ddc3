namespace Platform.Modules.Pricing.Analytics.Sources;

/// <summary>
/// Calendar days and periods of the analytics are China Standard Time (UTC+8, no daylight saving), the
/// business day of the tenants, so an order placed at 01:00 in Shanghai counts on that Shanghai day.
/// </summary>
internal static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);
}
