using System.Net.Http.Json;
using System.Text.Json;
using Platform.Benchmarks.Support;
using Platform.Host.Data;

namespace Platform.Benchmarks.Jobs;

/// <summary>
/// One benchmark database (a fresh database prefix on a server, or a fresh data folder on SQLite) and the
/// host processes started on it, all configured by command line.
/// </summary>
public sealed class JobHosts : IAsyncDisposable
{
    private readonly List<ChildHost> _hosts = [];
    private readonly string _hostDll;
    private readonly string _moduleRoot;

    public JobHosts(string hostDll, string moduleRoot, string provider, string? connectionString)
    {
        _hostDll = hostDll;
        _moduleRoot = moduleRoot;
        ProviderName = provider;
        ConnectionString = connectionString;
        DataFolder = BenchFolders.NewFolder("platform-bench-jobs");
        Prefix = $"bench{Guid.NewGuid():N}"[..13] + "_";
        Provider = JobsProvider.Create(provider, connectionString, Prefix, DataFolder);
    }

    public string ProviderName { get; }

    public string? ConnectionString { get; }

    public string DataFolder { get; }

    public string Prefix { get; }

    public IDatabaseProvider Provider { get; }

    public IReadOnlyList<ChildHost> Hosts => _hosts;

    /// <summary>Starts a host with <paramref name="workers"/> job workers named <paramref name="name"/>.</summary>
    /// <summary>Tenants besides the demo tenant whose databases the run created (dropped at the end).</summary>
    public List<string> OtherTenants { get; } = [];

    public async Task<ChildHost> StartAsync(string name, int workers, IEnumerable<string>? extraArgs = null)
    {
        List<string> args =
        [
            $"--Platform:Provider={ProviderName}", $"--Platform:DataFolder={DataFolder}", $"--Platform:ModuleRoot={_moduleRoot}",
            $"--Platform:DatabasePrefix={Prefix}", "--Platform:DemoTenant:Seed=false", "--Platform:RateLimits:Enabled=false",
            $"--Platform:Jobs:Workers={workers}", $"--Platform:Jobs:WorkerName={name}", "--Platform:Jobs:PollInterval=00:00:00.100",
            "--Logging:LogLevel:Default=Warning",
        ];
        if (ConnectionString is not null)
        {
            args.Add($"--Platform:ConnectionString={ConnectionString}");
        }
        args.AddRange(extraArgs ?? []);
        var (host, elapsed, _) = await ChildHost.StartAsync(_hostDll, args, "/health", _ => true, TimeSpan.FromMinutes(3));
        lock (_hosts)
        {
            _hosts.Add(host);
        }
        Report.Log($"jobs: host {name} ({workers} workers) ready in {elapsed.TotalSeconds:0.0} s");
        return host;
    }

    /// <summary>A client with a key the first host wrote (demo tenant administrator or platform administrator).</summary>
    public HttpClient Client(ChildHost host, string keyFile)
    {
        var key = File.ReadAllText(Path.Combine(DataFolder, "keys", keyFile)).Trim();
        var client = new HttpClient { BaseAddress = new Uri(host.BaseUrl), Timeout = TimeSpan.FromMinutes(10) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>Stops (kills) every host started so far.</summary>
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
        if (ProviderName != "Sqlite")
        {
            foreach (var database in OtherTenants.Select(DatabaseNames.Tenant).Append(DatabaseNames.Tenant("demo")).Append(DatabaseNames.Catalog))
            {
                try
                {
                    await Provider.DropDatabaseAsync(database, CancellationToken.None);
                }
                catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
                {
                    Report.Log($"jobs: dropping {database} failed: {e.Message}");
                }
            }
        }
        BenchFolders.TryDelete(DataFolder);
    }

    /// <summary>The totalCount of GET /api/jobs for a status.</summary>
    public static async Task<int> CountAsync(HttpClient client, string status)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/jobs?status={status}&pageSize=1");
        return page.GetProperty("totalCount").GetInt32();
    }
}
