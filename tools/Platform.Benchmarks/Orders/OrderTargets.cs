using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Benchmarks.Support;
using Platform.Host.Data;
using Platform.Sdk.Data;
using static Platform.Benchmarks.Support.Report;

namespace Platform.Benchmarks.Orders;

/// <summary>
/// The two servers of figure 3 and their storage. SQLite: each gets a copy of the seeded data folder.
/// PostgreSQL: the platform starts on an empty server with a database prefix of its own (it creates the catalog
/// and the demo tenant's database, migrates and seeds the demo data); the baseline writes into the same
/// <c>core.orders</c> / <c>core.order_lines</c> tables of that tenant database; the databases are dropped at the end.
/// </summary>
public sealed class OrderTargets : IAsyncDisposable
{
    private readonly List<string> _folders = [];
    private string? _serverConnectionString;
    private string? _prefix;

    private OrderTargets()
    {
    }

    /// <summary>The platform server.</summary>
    public PlatformOrderServer Platform { get; private set; } = null!;

    /// <summary>The hand-written baseline server.</summary>
    public BaselineOrderServer Baseline { get; private set; } = null!;

    /// <summary>The storage, for the report.</summary>
    public string Storage { get; private set; } = "";

    /// <summary>What the baseline's row in the report calls it.</summary>
    public string BaselineName { get; private set; } = "";

    /// <summary>Both servers on copies of a seeded SQLite data folder.</summary>
    public static async Task<OrderTargets> StartSqliteAsync(string seeded, string moduleRoot)
    {
        var targets = new OrderTargets();
        try
        {
            var platformFolder = targets.Folder("platform-bench-orders-platform");
            var baselineFolder = targets.Folder("platform-bench-orders-baseline");
            BenchFolders.CopyFolder(seeded, platformFolder);
            BenchFolders.CopyFolder(seeded, baselineFolder);
            targets.Platform = await PlatformOrderServer.StartAsync(platformFolder, moduleRoot, Ports.Free());
            targets.Baseline = await BaselineOrderServer.StartSqliteAsync(Path.Combine(baselineFolder, "tenant-demo.db"), Ports.Free());
            targets.Storage = $"{BenchFolders.Describe()}, a copy of the seeded demo database each";
            targets.BaselineName = "Baseline: hand-written endpoint (HTTP + JSON + EF Core/SQLite, one SaveChanges)";
            return targets;
        }
        catch
        {
            await targets.DisposeAsync();
            throw;
        }
    }

    /// <summary>The platform on PostgreSQL (fresh databases, demo data seeded at start) and the baseline on its tenant database.</summary>
    public static async Task<OrderTargets> StartPostgreSqlAsync(string serverConnectionString, string moduleRoot)
    {
        var targets = new OrderTargets { _serverConnectionString = serverConnectionString, _prefix = PostgreSqlServer.NewDatabasePrefix() };
        try
        {
            var server = await PostgreSqlServer.DescribeAsync(serverConnectionString);
            var dataFolder = targets.Folder("platform-bench-orders-pg");
            Log($"orders: starting the platform on {server}, database prefix {targets._prefix} (creates, migrates and seeds the demo tenant)");
            var started = System.Diagnostics.Stopwatch.StartNew();
            targets.Platform = await PlatformOrderServer.StartAsync(dataFolder, moduleRoot, Ports.Free(), new Dictionary<string, string?>
            {
                ["Platform:Provider"] = ProviderMigrations.PostgreSql,
                ["Platform:ConnectionString"] = serverConnectionString,
                ["Platform:DatabasePrefix"] = targets._prefix,
                ["Platform:DemoTenant:Seed"] = "true",
            });
            Log($"orders: platform ready in {started.Elapsed.TotalSeconds:0.0} s");
            // The very connection string the platform uses for the demo tenant (same database, same Npgsql pool settings).
            await using var tenantConnection = (NpgsqlConnection)targets.Platform.Services.GetRequiredService<IDatabaseProvider>().CreateConnection(DatabaseNames.Tenant("demo"));
            var database = tenantConnection.Database;
            targets.Baseline = await BaselineOrderServer.StartPostgreSqlAsync(tenantConnection.ConnectionString, dataFolder, Ports.Free());
            targets.Storage = $"{server}, one database `{database}` (the platform's demo tenant, seeded at start) shared by both targets: " +
                "the baseline inserts into the same `core.orders` / `core.order_lines` tables";
            targets.BaselineName = "Baseline: hand-written endpoint (HTTP + JSON + EF Core/Npgsql, one SaveChanges)";
            return targets;
        }
        catch
        {
            await targets.DisposeAsync();
            throw;
        }
    }

    private string Folder(string prefix)
    {
        var folder = BenchFolders.NewFolder(prefix);
        _folders.Add(folder);
        return folder;
    }

    /// <summary>Stops both servers, deletes the folders and drops the run's server databases.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Baseline is not null)
        {
            await Baseline.DisposeAsync();
        }
        if (Platform is not null)
        {
            await Platform.DisposeAsync();
        }
        foreach (var folder in _folders)
        {
            BenchFolders.TryDelete(folder);
        }
        if (_serverConnectionString is not null && _prefix is not null)
        {
            var dropped = await PostgreSqlServer.DropDatabasesAsync(_serverConnectionString, _prefix);
            Log($"orders: dropped {dropped.Count} database(s): {string.Join(", ", dropped)}");
        }
    }
}
