using Platform.Host.Jobs;
using Platform.Sdk.Jobs;
using Xunit;

namespace Platform.Host.Tests.Jobs;

/// <summary>Which occurrences a host records when it looks: on-time ones all, missed ones by the job's policy.</summary>
public sealed class OccurrencePlannerTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TimeSpan MissedAfter = TimeSpan.FromMinutes(1);
    private static readonly RecurringSchedule Daily = RecurringSchedule.TryCreate(JobSchedule.CronExpression("0 3 * * *"), out _)!;
    private static readonly RecurringSchedule EverySecond = RecurringSchedule.TryCreate(JobSchedule.Every(TimeSpan.FromSeconds(1)), out _)!;

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();

    [Fact]
    public void After_days_with_every_host_down_RunOnce_records_one_catch_up_the_latest_missed_occurrence()
    {
        // Last recorded: 03:00 Shanghai on 1 Dec (19:00 UTC 30 Nov); now 4 Dec 12:00 Shanghai: 2, 3 and 4 Dec were missed.
        var due = OccurrencePlanner.Due(Daily, Shanghai, Utc("2026-11-30T19:00:00Z"), Utc("2026-12-04T04:00:00Z"), MissedOccurrencePolicy.RunOnce, MissedAfter);

        Assert.Equal([new DueOccurrence(Utc("2026-12-03T19:00:00Z"), CatchUp: true)], due);
    }

    [Fact]
    public void After_days_with_every_host_down_Skip_records_nothing()
    {
        var due = OccurrencePlanner.Due(Daily, Shanghai, Utc("2026-11-30T19:00:00Z"), Utc("2026-12-04T04:00:00Z"), MissedOccurrencePolicy.Skip, MissedAfter);

        Assert.Empty(due);
    }

    [Fact]
    public void An_occurrence_that_is_only_a_little_late_is_on_time_under_both_policies()
    {
        foreach (var policy in new[] { MissedOccurrencePolicy.RunOnce, MissedOccurrencePolicy.Skip })
        {
            var due = OccurrencePlanner.Due(Daily, Shanghai, Utc("2026-12-02T19:00:00Z"), Utc("2026-12-03T19:00:20Z"), policy, MissedAfter);
            Assert.Equal([new DueOccurrence(Utc("2026-12-03T19:00:00Z"), CatchUp: false)], due);
        }
    }

    [Fact]
    public void On_time_occurrences_are_all_recorded_and_older_ones_collapse_into_one_catch_up()
    {
        // Handled until 10:00:00; now 10:01:03; missed: 10:00:01–10:00:03 (older than a minute); on time: 10:00:04–10:01:03.
        var due = OccurrencePlanner.Due(EverySecond, Shanghai, Utc("2026-12-04T10:00:00Z"), Utc("2026-12-04T10:01:03Z"), MissedOccurrencePolicy.RunOnce, MissedAfter);

        Assert.Equal(new DueOccurrence(Utc("2026-12-04T10:00:03Z"), CatchUp: true), due[0]);
        Assert.Equal(60, due.Count(d => !d.CatchUp));
        Assert.Equal(Utc("2026-12-04T10:00:04Z"), due[1].At);
        Assert.Equal(Utc("2026-12-04T10:01:03Z"), due[^1].At);
        Assert.Equal(due.Count, due.Select(d => d.At).Distinct().Count());
    }

    [Fact]
    public void A_job_that_never_ran_for_the_tenant_starts_now_and_nothing_counts_as_missed()
    {
        Assert.Empty(OccurrencePlanner.Due(Daily, Shanghai, null, Utc("2026-12-04T04:00:00Z"), MissedOccurrencePolicy.RunOnce, MissedAfter));
    }

    [Fact]
    public void Nothing_is_due_before_the_next_occurrence()
    {
        Assert.Empty(OccurrencePlanner.Due(Daily, Shanghai, Utc("2026-12-03T19:00:00Z"), Utc("2026-12-04T18:59:59Z"), MissedOccurrencePolicy.RunOnce, MissedAfter));
    }
}
