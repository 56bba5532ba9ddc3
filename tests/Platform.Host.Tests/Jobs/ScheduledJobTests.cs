using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Jobs;
using Platform.Host.Tests.Pipeline.Probe;
using Platform.Host.Tests.Support;
using Platform.Sdk.Jobs;
using Platform.Sdk.Modules;
using Xunit;

namespace Platform.Host.Tests.Jobs;

/// <summary>
/// Recurring and one-off jobs on a real host, on every provider (derived classes at the end). The
/// recurring probe runs every second; its first attempts may fail until the test has created the audit
/// table, so the tests count executions per occurrence, not attempts.
/// </summary>
public abstract class ScheduledJobTests(TestProvider provider)
{
    private static readonly JobSchedule EverySecond = JobSchedule.CronExpression("* * * * * *");

    private static Dictionary<string, string?> Settings(string? defaultZone = null)
    {
        var settings = JobsKit.Settings(maxAttempts: 5);
        settings["Platform:Jobs:ScheduleRefreshInterval"] = "00:00:00.200";
        if (defaultZone is not null)
        {
            settings["Platform:Tenants:DefaultTimeZone"] = defaultZone;
        }
        return settings;
    }

    private Task<TestPlatform> StartAsync(Action<IModuleBuilder> audit, Dictionary<string, string?>? settings = null, string? folder = null, string? prefix = null)
    {
        var starting = TestPlatform.StartAsync(modules: [ProbeModules.Notes(new ProbeRecorder()), ProbeModules.Audit(audit)], settings: settings ?? Settings(),
            provider: provider, folder: folder, databasePrefix: prefix);
        return folder is null ? starting.WithTablesAsync() : starting;
    }

    private static async Task<List<JobDto>> RecurringAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JobPageDto>("/api/jobs?kind=recurring&pageSize=500"))!.Items;

    private static async Task<List<string[]>> RowsAsync(TestPlatform platform, string kind) =>
        (await JobsKit.AuditsAsync(platform)).Select(a => a.Split('|')).Where(a => a[0] == kind).ToList();

    [Fact]
    public async Task A_recurring_job_runs_once_per_occurrence_as_a_visible_system_job_on_the_tenants_clock()
    {
        await using var platform = await StartAsync(ScheduledJobProbes.Tick(EverySecond), Settings("Europe/Berlin"));

        var jobs = await JobsKit.WaitAsync(platform.Client, j => j.Count(x => x.Kind == JobKind.Recurring && x.Status == JobStatus.Succeeded) >= 4, seconds: 30);

        var succeeded = jobs.Where(j => j.Kind == JobKind.Recurring && j.Status == JobStatus.Succeeded).ToList();
        Assert.All(succeeded, j => Assert.Equal(("probe.audit", "tick", JobKind.Recurring, "system"), (j.ModuleId, j.Step, j.Message, j.InitiatingUser)));
        var occurrences = succeeded.Select(j => j.OccurrenceAt!.Value).Order().ToList();
        Assert.Equal(occurrences.Count, occurrences.Distinct().Count());
        Assert.All(occurrences, o => Assert.Equal(0, o.Millisecond));
        var rows = await RowsAsync(platform, "tick");
        Assert.Equal(rows.Count, rows.Select(r => r[1]).Distinct().Count()); // no job ran twice
        Assert.Equal(rows.Count, rows.Select(r => r[2]).Distinct().Count()); // no occurrence ran twice
        foreach (var job in succeeded)
        {
            var row = Assert.Single(rows, r => r[1] == job.Id.ToString());
            var utc = DateTimeOffset.Parse(row[2], CultureInfo.InvariantCulture);
            Assert.Equal(job.OccurrenceAt, utc);
            Assert.Equal("Europe/Berlin", row[4]);
            Assert.Equal(TimeSpan.FromHours(1), DateTimeOffset.Parse(row[3], CultureInfo.InvariantCulture).Offset); // December: CET
            Assert.Equal(job.Attempts.ToString(CultureInfo.InvariantCulture), row[5]);
        }
        // The only filter values are the kinds.
        var bad = await platform.Client.GetAsync("/api/jobs?kind=cron");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"kind\"", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_new_tenant_time_zone_applies_to_the_next_occurrences()
    {
        await using var platform = await StartAsync(ScheduledJobProbes.Tick(EverySecond));
        await JobsKit.WaitAsync(platform.Client, j => j.Any(x => x.Kind == JobKind.Recurring && x.Status == JobStatus.Succeeded), seconds: 30);
        Assert.Contains(await RowsAsync(platform, "tick"), r => r[4] == "Asia/Shanghai"); // the default

        var put = await platform.Client.PutAsJsonAsync("/api/tenants/demo/time-zone", new { timeZone = "America/New_York" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var until = DateTime.UtcNow.AddSeconds(20);
        while (!(await RowsAsync(platform, "tick")).Any(r => r[4] == "America/New_York" && DateTimeOffset.Parse(r[3], CultureInfo.InvariantCulture).Offset == TimeSpan.FromHours(-5)))
        {
            Assert.True(DateTime.UtcNow < until, "No occurrence ran on the tenant's new clock.");
            await Task.Delay(100);
        }
        var zone = await platform.Client.GetFromJsonAsync<JsonElement>("/api/tenants/demo/time-zone");
        Assert.Equal(("America/New_York", false), (zone.GetProperty("timeZone").GetString(), zone.GetProperty("isDefault").GetBoolean()));
    }

    [Fact]
    public async Task A_disabled_modules_recurring_job_is_not_recorded_or_run_until_it_is_enabled_again()
    {
        await using var platform = await StartAsync(ScheduledJobProbes.Tick(EverySecond, MissedOccurrencePolicy.Skip));
        await JobsKit.WaitAsync(platform.Client, j => j.Any(x => x.Kind == JobKind.Recurring && x.Status == JobStatus.Succeeded), seconds: 30);

        (await platform.Client.PostAsync("/api/tenants/demo/modules/probe.audit/disable", null)).EnsureSuccessStatusCode();
        await Task.Delay(1500); // the scheduler's refresh (200 ms) and any occurrence in flight
        var before = (await JobsKit.RowsAsync(platform)).Count(j => j.Kind == JobKind.Recurring);
        var ranBefore = (await RowsAsync(platform, "tick")).Count;
        await Task.Delay(2500);

        Assert.Equal(before, (await JobsKit.RowsAsync(platform)).Count(j => j.Kind == JobKind.Recurring));
        Assert.Equal(ranBefore, (await RowsAsync(platform, "tick")).Count);

        (await platform.Client.PostAsync("/api/tenants/demo/modules/probe.audit/enable", null)).EnsureSuccessStatusCode();
        var again = DateTime.UtcNow.AddSeconds(20);
        while ((await RowsAsync(platform, "tick")).Count <= ranBefore)
        {
            Assert.True(DateTime.UtcNow < again, "The recurring job did not run again after the module was enabled.");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task A_failing_recurring_job_is_retried_with_backoff_and_then_shown_failed_with_its_error()
    {
        await using var platform = await StartAsync(b => b.AddRecurringJob<FailingJob>("print", EverySecond, new RecurringJobOptions { MaxAttempts = 2 }));

        var jobs = await JobsKit.WaitAsync(platform.Client, j => j.Any(x => x.Status == JobStatus.Failed), seconds: 30);

        var failed = jobs.First(j => j.Status == JobStatus.Failed);
        Assert.Equal((JobKind.Recurring, "print", 2, 2), (failed.Kind, failed.Step, failed.Attempts, failed.MaxAttempts));
        Assert.Equal("Job print of module probe.audit failed: InvalidOperationException: The printer is on fire.", failed.LastError);
        var detail = await platform.Client.GetFromJsonAsync<JobDto>($"/api/jobs/{failed.Id}");
        Assert.Equal((JobStatus.Failed, failed.OccurrenceAt), (detail!.Status, detail.OccurrenceAt));
    }

    [Fact]
    public async Task A_one_off_job_enqueued_by_a_step_exists_only_when_the_operation_commits_and_runs_with_its_payload()
    {
        await using var platform = await StartAsync(ScheduledJobProbes.Reminders);

        var refused = await platform.Client.PostAsJsonAsync("/api/probe/notes", new { title = "secret" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        await JobsKit.PostNoteAsync(platform.Client, "hello");

        var jobs = await JobsKit.WaitAsync(platform.Client, j => j.Count == 1 && j[0].Status == JobStatus.Succeeded);
        var job = jobs[0];
        Assert.Equal((JobKind.OneOff, "reminder", "probe.audit", (DateTimeOffset?)null), (job.Kind, job.Step, job.ModuleId, job.OccurrenceAt));
        Assert.StartsWith("principal:", job.InitiatingUser);
        var row = Assert.Single(await RowsAsync(platform, "reminder"));
        Assert.Equal(["reminder", "hello", "12.50", job.Id.ToString(), job.InitiatingUser], row);
        Assert.DoesNotContain(await JobsKit.AuditsAsync(platform), a => a.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_one_off_job_enqueued_by_an_endpoint_waits_for_its_time_or_runs_at_once()
    {
        await using var platform = await StartAsync(ScheduledJobProbes.Reminders);
        var later = DateTimeOffset.UtcNow.AddHours(1);

        (await platform.Client.PostAsync($"/api/probe/reminders?text=later&runAt={Uri.EscapeDataString(later.ToString("O"))}", null)).EnsureSuccessStatusCode();
        (await platform.Client.PostAsync("/api/probe/reminders?text=now", null)).EnsureSuccessStatusCode();

        var jobs = await JobsKit.WaitAsync(platform.Client, j => j.Count == 2 && j.Any(x => x.Status == JobStatus.Succeeded));
        var waiting = Assert.Single(jobs, j => j.Status == JobStatus.Waiting);
        Assert.Equal(later.ToUnixTimeMilliseconds(), waiting.NextRunAt!.Value.ToUnixTimeMilliseconds(), tolerance: 1);
        Assert.Equal(["now"], (await RowsAsync(platform, "reminder")).Select(r => r[1]));
    }

    [Theory]
    [InlineData(MissedOccurrencePolicy.RunOnce)]
    [InlineData(MissedOccurrencePolicy.Skip)]
    public async Task Occurrences_missed_while_every_host_was_down_follow_the_jobs_policy(MissedOccurrencePolicy policy)
    {
        var daily = ScheduledJobProbes.Tick(JobSchedule.CronExpression("0 3 * * *"), policy);
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        // A first host without the job and without workers only creates the databases: nothing of it schedules or runs.
        var quiet = Settings();
        quiet["Platform:Jobs:Workers"] = "0";
        var first = await StartAsync(_ => { }, quiet);
        var schedule = RecurringSchedule.TryCreate(JobSchedule.CronExpression("0 3 * * *"), out _)!;
        var threeDaysAgo = schedule.LatestAtOrBefore(DateTimeOffset.UtcNow.AddDays(-3), shanghai)!.Value;
        // The last occurrence any host recorded, three days ago; then every host stopped.
        await first.Services.GetRequiredService<OccurrenceStore>().RecordAsync("demo",
            [new ScheduledJobInsert(JobKind.Recurring, "probe.audit", "tick", typeof(TickJob), "{}", 3, threeDaysAgo, threeDaysAgo, "system", Guid.NewGuid())], default);
        await first.StopAsync();

        await using var second = await StartAsync(daily, folder: first.Folder, prefix: first.DatabasePrefix);

        if (policy == MissedOccurrencePolicy.RunOnce)
        {
            var jobs = await JobsKit.WaitAsync(second.Client, j => j.Count == 2 && j.All(x => x.Status == JobStatus.Succeeded));
            var catchUp = jobs.Single(j => j.OccurrenceAt != threeDaysAgo);
            Assert.Equal(schedule.LatestAtOrBefore(DateTimeOffset.UtcNow, shanghai), catchUp.OccurrenceAt);
            Assert.Contains(await RowsAsync(second, "tick"), r => r[1] == catchUp.Id.ToString() && r[6] == "True");
        }
        else
        {
            await JobsKit.WaitAsync(second.Client, j => j.Count == 1 && j[0].Status == JobStatus.Succeeded); // the old occurrence, run now
            await Task.Delay(1500);
            Assert.Equal(threeDaysAgo, Assert.Single(await JobsKit.ListAsync(second.Client)).OccurrenceAt);
        }
    }
}

public sealed class SqliteScheduledJobTests() : ScheduledJobTests(TestProvider.Sqlite);

public sealed class PostgreSqlScheduledJobTests() : ScheduledJobTests(TestProvider.PostgreSql);
