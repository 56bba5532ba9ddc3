using Platform.Sdk.Jobs;

namespace Platform.Host.Jobs;

/// <summary>An occurrence of a recurring job to record now, and whether it stands in for missed ones.</summary>
internal readonly record struct DueOccurrence(DateTimeOffset At, bool CatchUp);

/// <summary>
/// Which occurrences of a recurring job to record when a host looks at it: every occurrence after the
/// last one handled, up to now. Those later than <c>missedAfter</c> are on time and all recorded; older
/// ones were missed (no host ran the job then) and follow the job's policy: the latest of them once, or none.
/// </summary>
internal static class OccurrencePlanner
{
    /// <summary>Most on-time occurrences recorded in one look (a per-second job after a long pause of this host).</summary>
    public const int MaxOnTime = 1000;

    /// <param name="handledUntil">Occurrences at or before this were recorded (by some host) or decided; null: the job never ran for the tenant, so its schedule starts now.</param>
    public static IReadOnlyList<DueOccurrence> Due(
        RecurringSchedule schedule, TimeZoneInfo zone, DateTimeOffset? handledUntil, DateTimeOffset now, MissedOccurrencePolicy policy, TimeSpan missedAfter)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (handledUntil is not { } last || last >= now)
        {
            return [];
        }
        var due = new List<DueOccurrence>();
        var missedBefore = now - missedAfter;
        if (last < missedBefore && schedule.NextAfter(last, zone) is { } firstMissed && firstMissed <= missedBefore
            && policy == MissedOccurrencePolicy.RunOnce && schedule.LatestAtOrBefore(missedBefore, zone) is { } latestMissed)
        {
            due.Add(new DueOccurrence(latestMissed, CatchUp: true));
        }
        var from = last > missedBefore ? last : missedBefore;
        for (var next = schedule.NextAfter(from, zone); next is { } at && at <= now && due.Count < MaxOnTime; next = schedule.NextAfter(at, zone))
        {
            due.Add(new DueOccurrence(at, CatchUp: false));
        }
        return due;
    }
}
