using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Jobs;
using Xunit;
using Xunit.Abstractions;

namespace Platform.Host.Tests.Jobs;

/// <summary>
/// Two real host processes on one PostgreSQL server sharing two tenants, each scheduling the job-effects
/// fixture's recurring job (every second): every occurrence is recorded once, runs once, and none is lost
/// while the second host joins. Fails, never skips, without the server.
/// </summary>
public sealed class MultiProcessRecurringJobTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> Ticking = new()
    {
        ["Modules__fixtures.job-effects__TickSeconds"] = "1",
        ["Platform__Jobs__BaseDelay"] = "00:00:00.200", // the first ticks may fail until the test created the table
        ["Platform__Jobs__ScheduleRefreshInterval"] = "00:00:00.500",
    };

    [Fact]
    public async Task Two_host_processes_sharing_two_tenants_run_every_occurrence_of_a_recurring_job_exactly_once()
    {
        await using var cluster = MultiHostDatabase.Create();
        var a = await cluster.StartHostAsync("host-a", Ticking);
        try
        {
            var demo = cluster.AdminClient(a);
            (await demo.PostAsync("/api/jobfx/setup", null)).EnsureSuccessStatusCode();
            var created = await cluster.PlatformAdminClient(a).PostAsJsonAsync("/api/tenants", new { id = "second", name = "Second", modules = new[] { "fixtures.job-effects" } });
            created.EnsureSuccessStatusCode();
            cluster.OtherTenants.Add("second");
            var second = a.Client((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("adminKey").GetProperty("key").GetString()!);
            (await second.PostAsync("/api/jobfx/setup", null)).EnsureSuccessStatusCode();
            var b = await cluster.StartHostAsync("host-b", Ticking);
            await Task.Delay(TimeSpan.FromSeconds(8));
            // Which host claims an occurrence is up to the race between them; on a loaded machine host-b may take
            // a while to win one. Wait (bounded) until it has, so the exactly-once checks cover two workers.
            await WaitUntilBothHostsWorkedAsync([demo, second]);
            var until = DateTimeOffset.UtcNow.AddSeconds(-2);

            var workers = new List<string?>();
            foreach (var (tenant, client) in new[] { ("demo", demo), ("second", second) })
            {
                var jobs = await WaitOccurrencesDoneAsync(client, until);
                var ticks = await client.GetFromJsonAsync<JsonElement>($"/api/jobfx/ticks?until={Uri.EscapeDataString(until.ToString("O"))}");
                var occurrences = ticks.GetProperty("occurrences").EnumerateArray().Select(o => o.GetDateTimeOffset()).ToList();
                output.WriteLine($"{tenant}: {jobs.Count} occurrences, per host " + string.Join(", ", jobs.GroupBy(j => j.Worker).Select(g => $"{g.Key} {g.Count()}")));

                Assert.True(jobs.Count >= 6, $"{tenant}: only {jobs.Count} occurrences in 8 s.");
                Assert.Equal(jobs.Count, ticks.GetProperty("total").GetInt32()); // one execution per job...
                Assert.Equal(jobs.Count, ticks.GetProperty("distinctJobs").GetInt32());
                Assert.Equal(jobs.Select(j => j.OccurrenceAt!.Value).Order(), occurrences); // ...and one job per occurrence
                Assert.All(occurrences.Zip(occurrences.Skip(1)), pair => Assert.Equal(TimeSpan.FromSeconds(1), pair.Second - pair.First)); // none lost
                workers.AddRange(jobs.Select(j => j.Worker));
            }
            Assert.Equal(["host-a", "host-b"], workers.Distinct().Order());
        }
        finally
        {
            cluster.StopHosts();
        }
    }

    private static async Task WaitUntilBothHostsWorkedAsync(HttpClient[] clients)
    {
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (DateTime.UtcNow < deadline)
        {
            var workers = new HashSet<string?>();
            foreach (var client in clients)
            {
                workers.UnionWith((await client.GetFromJsonAsync<JobPageDto>("/api/jobs?kind=recurring&pageSize=500"))!.Items.Select(j => j.Worker));
            }
            if (workers.Contains("host-a") && workers.Contains("host-b"))
            {
                return;
            }
            await Task.Delay(500);
        }
    }

    /// <summary>The tenant's recurring jobs with occurrences up to <paramref name="until"/>, once all of them succeeded.</summary>
    private static async Task<List<JobDto>> WaitOccurrencesDoneAsync(HttpClient client, DateTimeOffset until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var jobs = (await client.GetFromJsonAsync<JobPageDto>("/api/jobs?kind=recurring&pageSize=500"))!.Items.Where(j => j.OccurrenceAt <= until).ToList();
            Assert.DoesNotContain(jobs, j => j.Status is JobStatus.Failed or JobStatus.Canceled);
            if (jobs.All(j => j.Status == JobStatus.Succeeded))
            {
                return jobs;
            }
            Assert.True(DateTime.UtcNow < deadline, "Occurrences did not finish: " + string.Join(", ", jobs.GroupBy(j => j.Status).Select(g => $"{g.Key} {g.Count()}")));
            await Task.Delay(200);
        }
    }
}
