using System.Net.Http.Json;
using System.Text.Json;
using Platform.Benchmarks.Support;
using static Platform.Benchmarks.Support.Report;

namespace Platform.Benchmarks.Jobs;

/// <summary>
/// Figure 4: system-job throughput. For each host count, a fresh database: a recording host (no workers)
/// records N jobs of the job-effects fixture (a custom message whose asynchronous step inserts one row),
/// the tenant is suspended, the recording host stops, the worker hosts start, and the tenant is resumed.
/// Jobs/s = N / (last job finished − first job started), from the jobs' own timestamps. Baseline in the same
/// run and database: N one-row insert transactions in a hand-written loop on one connection.
/// </summary>
public static class JobsRunner
{
    public static async Task<int> RunAsync(Options options)
    {
        var quick = options.Flag("quick");
        var hostDll = Path.GetFullPath(options.Required("host-dll"));
        var moduleRoot = Path.GetFullPath(options.Required("module-root"));
        var provider = options.String("provider") ?? "Sqlite";
        var connection = options.String("connection") ?? Environment.GetEnvironmentVariable("PLATFORM_TEST_POSTGRES");
        var jobs = options.Int("jobs", quick ? 300 : 2000);
        var workers = options.Int("workers", 2);
        var hostCounts = options.Ints("hosts", [1, 2]);
        var loadBefore = LoadAverage();
        var rows = new List<string[]>();
        foreach (var hostCount in hostCounts)
        {
            rows.AddRange(await RunOnceAsync(hostDll, moduleRoot, provider, provider == "Sqlite" ? null : connection, jobs, hostCount, workers));
        }
        Out.WriteLine($"### 4. System jobs: throughput ({provider}, {jobs} jobs per run, {workers} workers per host)");
        Out.WriteLine();
        Out.WriteLine($"{Machine()}; load average before/after: {loadBefore} / {LoadAverage()}.");
        Out.WriteLine();
        Out.Write(Table(["Hosts:", "What", "Jobs/s or inserts/s:", "Time (s):", "Ratio to baseline:", "Jobs per host"], rows));
        Out.WriteLine();
        return 0;
    }

    private static async Task<List<string[]>> RunOnceAsync(string hostDll, string moduleRoot, string provider, string? connection, int count, int hostCount, int workers)
    {
        await using var run = new JobHosts(hostDll, moduleRoot, provider, connection);
        var recorder = await run.StartAsync("recorder", workers: 0);
        using (var admin = run.Client(recorder, "demo-tenant-admin.key"))
        using (var platform = run.Client(recorder, "platform-admin.key"))
        {
            (await admin.PostAsync("/api/jobfx/setup", null)).EnsureSuccessStatusCode();
            var recordStarted = System.Diagnostics.Stopwatch.GetTimestamp();
            (await admin.PostAsync($"/api/jobfx/batch?count={count}", null)).EnsureSuccessStatusCode();
            Log($"jobs: recorded {count} jobs in {System.Diagnostics.Stopwatch.GetElapsedTime(recordStarted).TotalSeconds:0.0} s");
            (await platform.PostAsync("/api/tenants/demo/suspend", null)).EnsureSuccessStatusCode();
        }
        run.StopHosts();

        var names = Enumerable.Range(1, hostCount).Select(i => $"host-{i}").ToList();
        foreach (var name in names)
        {
            await run.StartAsync(name, workers);
        }
        using var client = run.Client(run.Hosts[0], "demo-tenant-admin.key");
        using (var platform = run.Client(run.Hosts[0], "platform-admin.key"))
        {
            (await platform.PostAsync("/api/tenants/demo/resume", null)).EnsureSuccessStatusCode();
        }
        var deadline = DateTime.UtcNow.AddMinutes(15);
        while (await JobHosts.CountAsync(client, "succeeded") < count)
        {
            if (DateTime.UtcNow > deadline || await JobHosts.CountAsync(client, "failed") > 0)
            {
                throw new InvalidOperationException($"The jobs did not all succeed: {await JobHosts.CountAsync(client, "succeeded")} of {count}.");
            }
            await Task.Delay(200);
        }
        var all = await ReadAllAsync(client, count);
        var window = (all.Max(j => j.Finished) - all.Min(j => j.Started)).TotalSeconds;
        var effects = await client.GetFromJsonAsync<JsonElement>("/api/jobfx/effects");
        var total = effects.GetProperty("total").GetInt32();
        if (total != count || effects.GetProperty("distinct").GetInt32() != count)
        {
            throw new InvalidOperationException($"Expected {count} effects, one per job; found {total} ({effects.GetProperty("distinct").GetInt32()} distinct).");
        }
        var perHost = string.Join(", ", names.Select(n => $"{n}: {all.Count(j => j.Worker == n)}"));
        run.StopHosts();

        var baselineSeconds = await JobsProvider.InsertLoopAsync(run.Provider, provider, count);
        var jobRate = count / window;
        var baselineRate = count / baselineSeconds;
        Log($"jobs: {hostCount} host(s): {jobRate:0} jobs/s ({perHost}); baseline {baselineRate:0} inserts/s");
        var hosts = hostCount.ToString(Invariant);
        return
        [
            [hosts, "Baseline: hand-written loop, one insert per transaction, one connection", F(baselineRate, 0), F(baselineSeconds), "1.00×", "—"],
            [hosts, $"Platform: system jobs, {hostCount} host process(es) × {workers} workers", F(jobRate, 0), F(window), F(baselineRate / jobRate) + " slower", perHost],
        ];
    }

    private sealed record JobTimes(DateTimeOffset Started, DateTimeOffset Finished, string? Worker);

    private static async Task<List<JobTimes>> ReadAllAsync(HttpClient client, int count)
    {
        var all = new List<JobTimes>(count);
        for (var page = 1; all.Count < count; page++)
        {
            var json = await client.GetFromJsonAsync<JsonElement>($"/api/jobs?status=succeeded&page={page}&pageSize=500");
            var items = json.GetProperty("items");
            if (items.GetArrayLength() == 0)
            {
                break;
            }
            all.AddRange(items.EnumerateArray().Select(j => new JobTimes(
                j.GetProperty("startedAt").GetDateTimeOffset(), j.GetProperty("finishedAt").GetDateTimeOffset(), j.GetProperty("worker").GetString())));
        }
        return all;
    }
}
