using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Data;
using Platform.Host.Jobs;
using Platform.Host.Tenants;
using Platform.Host.Tests.Loader;
using Platform.Host.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Platform.Host.Tests.Jobs;

/// <summary>
/// Real host processes on one PostgreSQL database (<c>PLATFORM_TEST_POSTGRES</c>, set by tools/test.sh):
/// 1,000 jobs of the job-effects fixture must each succeed exactly once, shared by two hosts, and survive
/// one host being killed mid-run. These tests fail, never skip, without the server.
/// </summary>
public sealed class MultiProcessJobTests(ITestOutputHelper output)
{
    private const int Count = 1000;

    [Fact]
    public async Task Two_host_processes_on_postgresql_run_each_of_1000_jobs_exactly_once_and_share_them()
    {
        await using var cluster = MultiHostDatabase.Create();
        var a = await cluster.StartHostAsync("host-a");
        try
        {
            var admin = cluster.AdminClient(a);
            (await admin.PostAsync("/api/jobfx/setup", null)).EnsureSuccessStatusCode();
            var b = await cluster.StartHostAsync("host-b");
            (await admin.PostAsync($"/api/jobfx/batch?count={Count}&delayMs=5", null)).EnsureSuccessStatusCode();

            var jobs = await cluster.WaitAllSucceededAsync(admin, Count, TimeSpan.FromMinutes(3));

            await AssertExactlyOnceAsync(admin, jobs);
            Assert.True(jobs.Any(j => j.Worker == "host-a") && jobs.Any(j => j.Worker == "host-b"),
                "Both hosts must have run jobs: " + string.Join(", ", jobs.GroupBy(j => j.Worker).Select(g => $"{g.Key}: {g.Count()}")));
        }
        finally
        {
            cluster.StopHosts();
        }
    }

    [Fact]
    public async Task Jobs_of_a_host_killed_mid_run_are_finished_exactly_once_by_another_host_after_their_leases_expire()
    {
        await using var cluster = MultiHostDatabase.Create();
        var a = await cluster.StartHostAsync("host-a");
        try
        {
            var adminA = cluster.AdminClient(a);
            (await adminA.PostAsync("/api/jobfx/setup", null)).EnsureSuccessStatusCode();
            (await adminA.PostAsync($"/api/jobfx/batch?count={Count}&delayMs=25", null)).EnsureSuccessStatusCode();
            var until = DateTime.UtcNow.AddMinutes(2);
            int done;
            while ((done = await CountAsync(adminA, JobStatus.Succeeded)) < 100)
            {
                Assert.True(DateTime.UtcNow < until, $"Host A ran only {done} jobs in 2 minutes.");
                await Task.Delay(50);
            }
            a.Kill();
            var running = await cluster.StatusCountsAsync();
            Assert.True(running.Succeeded < Count, "Host A finished every job before it was killed; the test proves nothing.");

            var b = await cluster.StartHostAsync("host-b");
            var adminB = cluster.AdminClient(b);
            var jobs = await cluster.WaitAllSucceededAsync(adminB, Count, TimeSpan.FromMinutes(3));

            await AssertExactlyOnceAsync(adminB, jobs);
            Assert.Contains(jobs, j => j.Worker == "host-b");
            Assert.Contains(jobs, j => j.Worker == "host-a");
            // Host A's workers always hold a claimed batch while they run, so some jobs were taken over after their leases expired.
            Assert.Contains(jobs, j => j.Attempts > 1 && j.Worker == "host-b");
        }
        finally
        {
            cluster.StopHosts();
        }
    }

    private async Task AssertExactlyOnceAsync(HttpClient client, List<JobDto> jobs)
    {
        output.WriteLine("jobs per host: " + string.Join(", ", jobs.GroupBy(j => j.Worker).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")) +
            $"; jobs that needed more than one attempt: {jobs.Count(j => j.Attempts > 1)}");
        Assert.Equal(Count, jobs.Count);
        Assert.All(jobs, j => Assert.Equal(JobStatus.Succeeded, j.Status));
        var effects = await client.GetFromJsonAsync<JsonElement>("/api/jobfx/effects");
        Assert.Equal((Count, Count), (effects.GetProperty("total").GetInt32(), effects.GetProperty("distinct").GetInt32()));
    }

    private static async Task<int> CountAsync(HttpClient client, string status) =>
        (await client.GetFromJsonAsync<JobPageDto>($"/api/jobs?status={status}&pageSize=1"))!.TotalCount;
}

/// <summary>A fresh pair of PostgreSQL databases (catalog, demo tenant) under a unique prefix, and host processes on them.</summary>
internal sealed class MultiHostDatabase : IAsyncDisposable
{
    private readonly List<ChildPlatform> _hosts = [];
    private readonly FixtureModuleRoot _modules = FixtureModuleRoot.With("fixtures.job-effects");
    private readonly string _folder = Directory.CreateTempSubdirectory("platform-jobs-pg-").FullName;
    private readonly string _prefix = $"jt{Guid.NewGuid():N}"[..12] + "_";
    private readonly string _connectionString;
    private readonly IDatabaseProvider _provider;

    private MultiHostDatabase(string connectionString)
    {
        _connectionString = connectionString;
        _provider = DatabaseProviders.Create("PostgreSql", connectionString, _prefix, _folder);
    }

    /// <summary>Fails (never skips) when the test server is not configured.</summary>
    public static MultiHostDatabase Create()
    {
        var connectionString = Environment.GetEnvironmentVariable("PLATFORM_TEST_POSTGRES");
        Assert.False(string.IsNullOrWhiteSpace(connectionString),
            "PLATFORM_TEST_POSTGRES is not set: these tests need a PostgreSQL server (tools/test.sh starts a throwaway one).");
        return new MultiHostDatabase(connectionString!);
    }

    /// <summary>Tenant databases besides the demo tenant's that the test created (dropped at the end).</summary>
    public List<string> OtherTenants { get; } = [];

    public async Task<ChildPlatform> StartHostAsync(string name, IReadOnlyDictionary<string, string>? extra = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["Platform__Provider"] = "PostgreSql",
            ["Platform__ConnectionString"] = _connectionString,
            ["Platform__DatabasePrefix"] = _prefix,
            ["Platform__ModuleRoot"] = _modules.Path,
            ["Platform__DataFolder"] = _folder,
            ["Platform__DemoTenant__Seed"] = "false",
            ["Platform__Jobs__Workers"] = "2",
            ["Platform__Jobs__WorkerName"] = name,
            ["Platform__Jobs__PollInterval"] = "00:00:00.200",
            ["Platform__Jobs__LeaseDuration"] = "00:00:03",
            ["Platform__Jobs__BatchSize"] = "5",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }
        var host = await ChildPlatform.StartAsync(environment, TimeSpan.FromMinutes(2));
        _hosts.Add(host);
        return host;
    }

    public HttpClient AdminClient(ChildPlatform host) =>
        host.Client(File.ReadAllText(Path.Combine(_folder, "keys", PlatformBootstrap.DemoKeyFile)).Trim());

    public HttpClient PlatformAdminClient(ChildPlatform host) =>
        host.Client(File.ReadAllText(Path.Combine(_folder, "keys", PlatformBootstrap.PlatformKeyFile)).Trim());

    public async Task<List<JobDto>> WaitAllSucceededAsync(HttpClient client, int count, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var jobs = await ReadAllAsync(client);
            if (jobs.Count == count && jobs.All(j => j.Status == JobStatus.Succeeded))
            {
                return jobs;
            }
            Assert.False(jobs.Any(j => j.Status is JobStatus.Failed or JobStatus.Canceled), "A job failed: " + jobs.FirstOrDefault(j => j.Status == JobStatus.Failed)?.LastError);
            if (DateTime.UtcNow > until)
            {
                Assert.Fail($"Not every job succeeded within {timeout.TotalSeconds:0} s: " +
                    string.Join(", ", jobs.GroupBy(j => j.Status).Select(g => $"{g.Key} {g.Count()}")) + Environment.NewLine +
                    string.Join(Environment.NewLine, _hosts.Select(h => h.Output)));
            }
            await Task.Delay(500);
        }
    }

    /// <summary>Job counts by status, read straight from the tenant database (a killed host cannot answer).</summary>
    public async Task<(int Succeeded, int Total)> StatusCountsAsync()
    {
        await using var connection = _provider.CreateConnection(DatabaseNames.Tenant("demo"));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FILTER (WHERE status = 'succeeded'), count(*) FROM platform.jobs";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
    }

    private static async Task<List<JobDto>> ReadAllAsync(HttpClient client)
    {
        var all = new List<JobDto>();
        for (var page = 1; ; page++)
        {
            var result = (await client.GetFromJsonAsync<JobPageDto>($"/api/jobs?page={page}&pageSize=500"))!;
            all.AddRange(result.Items);
            if (all.Count >= result.TotalCount || result.Items.Count == 0)
            {
                return all;
            }
        }
    }

    public void StopHosts()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }
        _hosts.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        StopHosts();
        foreach (var database in OtherTenants.Select(DatabaseNames.Tenant).Append(DatabaseNames.Tenant("demo")).Append(DatabaseNames.Catalog))
        {
            await _provider.DropDatabaseAsync(database, CancellationToken.None);
        }
        _modules.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
