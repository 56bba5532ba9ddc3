using Platform.Host.Jobs;
using Platform.Sdk.Jobs;
using Xunit;

namespace Platform.Host.Tests.Jobs;

/// <summary>Schedule evaluation: cron on the tenant's clock (with daylight-saving changes), intervals, and what a bad schedule is told.</summary>
public sealed class RecurringScheduleTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static RecurringSchedule Cron(string expression) =>
        RecurringSchedule.TryCreate(JobSchedule.CronExpression(expression), out var problem) ?? throw new InvalidOperationException(problem);

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();

    [Fact]
    public void A_cron_runs_on_the_tenants_clock_not_on_utc()
    {
        var daily = Cron("0 2 * * *");

        Assert.Equal(Utc("2026-12-04T18:00:00Z"), daily.NextAfter(Utc("2026-12-04T00:00:00Z"), Shanghai)); // 02:00 on 5 Dec in Shanghai
        Assert.Equal(Utc("2026-12-05T02:00:00Z"), daily.NextAfter(Utc("2026-12-04T03:00:00Z"), TimeZoneInfo.Utc));
        Assert.Equal(Utc("2026-12-05T01:00:00Z"), daily.NextAfter(Utc("2026-12-04T03:00:00Z"), Berlin)); // winter: UTC+1
    }

    [Fact]
    public void A_local_time_the_spring_change_skips_runs_at_the_first_instant_after_the_gap()
    {
        // Berlin, 29 March 2026: 02:00 CET becomes 03:00 CEST, so 02:30 does not exist that day.
        var daily = Cron("30 2 * * *");

        var onChangeDay = daily.NextAfter(Utc("2026-03-28T12:00:00Z"), Berlin);

        Assert.Equal(Utc("2026-03-29T01:00:00Z"), onChangeDay); // 03:00 CEST, once
        Assert.Equal(Utc("2026-03-30T00:30:00Z"), daily.NextAfter(onChangeDay!.Value, Berlin)); // back to 02:30, now CEST
    }

    [Fact]
    public void A_local_time_the_autumn_change_repeats_runs_once_but_an_interval_expression_keeps_its_pace()
    {
        // Berlin, 25 October 2026: 03:00 CEST becomes 02:00 CET, so 02:00–02:59 happens twice.
        var daily = Cron("30 2 * * *");
        var first = daily.NextAfter(Utc("2026-10-24T12:00:00Z"), Berlin);
        Assert.Equal(Utc("2026-10-25T00:30:00Z"), first); // 02:30 CEST
        Assert.Equal(Utc("2026-10-26T01:30:00Z"), daily.NextAfter(first!.Value, Berlin)); // not 02:30 CET the same night

        var halfHourly = Cron("*/30 * * * *");
        var runs = new List<DateTimeOffset>();
        var at = Utc("2026-10-24T23:45:00Z");
        for (var i = 0; i < 5; i++)
        {
            at = halfHourly.NextAfter(at, Berlin)!.Value;
            runs.Add(at);
        }
        Assert.Equal(["2026-10-25T00:00:00Z", "2026-10-25T00:30:00Z", "2026-10-25T01:00:00Z", "2026-10-25T01:30:00Z", "2026-10-25T02:00:00Z"],
            runs.Select(r => r.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Six_fields_put_seconds_first()
    {
        var everyTenSeconds = Cron("*/10 * * * * *");

        Assert.Equal(Utc("2026-12-04T08:00:10Z"), everyTenSeconds.NextAfter(Utc("2026-12-04T08:00:03Z"), Shanghai));
        Assert.Equal(Utc("2026-12-04T08:00:00Z"), everyTenSeconds.LatestAtOrBefore(Utc("2026-12-04T08:00:09.5Z"), Shanghai));
    }

    [Fact]
    public void An_interval_runs_on_whole_multiples_since_the_epoch_in_every_zone()
    {
        var schedule = RecurringSchedule.TryCreate(JobSchedule.Every(TimeSpan.FromMinutes(15)), out _)!;

        Assert.Equal(Utc("2026-12-04T10:15:00Z"), schedule.NextAfter(Utc("2026-12-04T10:07:31Z"), Shanghai));
        Assert.Equal(Utc("2026-12-04T10:15:00Z"), schedule.NextAfter(Utc("2026-12-04T10:07:31Z"), Berlin));
        Assert.Equal(Utc("2026-12-04T10:30:00Z"), schedule.NextAfter(Utc("2026-12-04T10:15:00Z"), Berlin)); // strictly after
        Assert.Equal(Utc("2026-12-04T10:15:00Z"), schedule.LatestAtOrBefore(Utc("2026-12-04T10:15:00Z"), Berlin)); // at or before
    }

    [Theory]
    [InlineData("0 2 * *", "4 fields")]
    [InlineData("0 2 * * * * *", "7 fields")]
    [InlineData("61 2 * * *", "not valid cron")]
    [InlineData("0 2 * * MONDAY", "not valid cron")]
    public void A_bad_cron_expression_is_refused_with_the_reason(string expression, string reason)
    {
        Assert.Null(RecurringSchedule.TryCreate(JobSchedule.CronExpression(expression), out var problem));
        Assert.Contains(reason, problem);
        Assert.Contains(expression, problem);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(500)]
    [InlineData(1500)]
    [InlineData(-1000)]
    public void An_interval_must_be_whole_seconds_and_at_least_one(int milliseconds)
    {
        Assert.Null(RecurringSchedule.TryCreate(JobSchedule.Every(TimeSpan.FromMilliseconds(milliseconds)), out var problem));
        Assert.Contains("whole seconds, at least one", problem);
    }
}
