using Cronos;
using Platform.Sdk.Jobs;

namespace Platform.Host.Jobs;

/// <summary>
/// A recurring job's schedule, evaluated: the occurrences of a cron expression on a tenant's clock
/// (Cronos: a local time skipped by a daylight-saving change runs at the first instant after the gap, a
/// repeated one runs once unless the expression is an interval), or whole multiples of an interval since
/// the Unix epoch (UTC, the same instants on every host and in every zone). Occurrences are whole seconds.
/// </summary>
internal sealed class RecurringSchedule
{
    private readonly CronExpression? _cron;
    private readonly long _intervalSeconds;

    private RecurringSchedule(CronExpression? cron, long intervalSeconds, string text)
    {
        _cron = cron;
        _intervalSeconds = intervalSeconds;
        Text = text;
    }

    /// <summary>The schedule as registered (for logs and problems).</summary>
    public string Text { get; }

    /// <summary>Validates and evaluates a registered schedule; null with <paramref name="problem"/> when it is unusable.</summary>
    public static RecurringSchedule? TryCreate(JobSchedule? schedule, out string? problem)
    {
        problem = null;
        switch (schedule)
        {
            case null:
                problem = "has no schedule.";
                return null;
            case { Cron: { } expression }:
                var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var format = fields.Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
                if (!expression.TrimStart().StartsWith('@') && fields.Length is not (5 or 6))
                {
                    problem = $"has the cron expression '{expression}' with {fields.Length} fields; use 5 (minute hour day month weekday) or 6 (seconds first).";
                    return null;
                }
                if (!CronExpression.TryParse(expression, format, out var cron))
                {
                    problem = $"has the cron expression '{expression}', which is not valid cron.";
                    return null;
                }
                return new RecurringSchedule(cron, 0, schedule.ToString());
            case { Interval: { } interval }:
                if (interval < TimeSpan.FromSeconds(1) || interval.Ticks % TimeSpan.TicksPerSecond != 0)
                {
                    problem = $"has the interval {interval}; it must be whole seconds, at least one.";
                    return null;
                }
                return new RecurringSchedule(null, interval.Ticks / TimeSpan.TicksPerSecond, schedule.ToString());
            default:
                problem = "has neither a cron expression nor an interval.";
                return null;
        }
    }

    /// <summary>The first occurrence strictly after (instants from 1970 on) <paramref name="after"/>, or null when there is none (a cron for a date that never comes).</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after, TimeZoneInfo zone)
    {
        if (_cron is not null)
        {
            return _cron.GetNextOccurrence(after.ToUniversalTime(), zone, inclusive: false)?.ToUniversalTime();
        }
        return DateTimeOffset.FromUnixTimeSeconds((after.ToUnixTimeSeconds() / _intervalSeconds + 1) * _intervalSeconds);
    }

    /// <summary>The latest occurrence at or before <paramref name="at"/>, or null.</summary>
    public DateTimeOffset? LatestAtOrBefore(DateTimeOffset at, TimeZoneInfo zone)
    {
        if (_cron is not null)
        {
            return _cron.GetPreviousOccurrence(at.ToUniversalTime(), zone, inclusive: true)?.ToUniversalTime();
        }
        return DateTimeOffset.FromUnixTimeSeconds(at.ToUnixTimeSeconds() / _intervalSeconds * _intervalSeconds);
    }
}
