using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Microsoft.Extensions.Logging;
using Platform.Host.Tests.Loader;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Tenants;

/// <summary>
/// Starting the host with a newer module version migrates every tenant where it is enabled. The
/// ledger fixture's v2 migration adds a column and a table, then a unique index on the entry code,
/// which fails in a tenant with a repeated code: that tenant must stay exactly on v1.
/// </summary>
public abstract class ModuleUpgradeTests(TestProvider provider) : IAsyncLifetime
{
    private const string Ledger = "fixtures.ledger";

    private readonly string _folder = Directory.CreateTempSubdirectory("platform-upgrade-").FullName;
    private readonly string _databasePrefix = TestProvider.NewDatabasePrefix();
    private FixtureModuleRoot _root = null!;

    /// <summary>The provider the hosts run on.</summary>
    protected TestProvider Provider { get; } = provider;

    /// <summary>Names of the ledger's tables in the tenant's database (history table excluded), unqualified: entries, tags.</summary>
    protected abstract Task<List<string>> LedgerTablesAsync(string tenant);

    /// <summary>Column names of the ledger's entries table.</summary>
    protected abstract Task<List<string>> EntryColumnsAsync(string tenant);

    /// <summary>Rows of the ledger's migrations history.</summary>
    protected abstract Task<long> HistoryCountAsync(string tenant);

    /// <summary>Entries with the code.</summary>
    protected abstract Task<long> EntriesWithCodeAsync(string tenant, string code);

    /// <summary>Gives one of the entries with the code another code (fixing the data by hand).</summary>
    protected abstract Task RecodeOneAsync(string tenant, string code, string newCode);

    /// <summary>A new, closed connection to the tenant's database (no pooling).</summary>
    protected abstract DbConnection Open(string tenant);

    /// <summary>The first column of every row the query returns.</summary>
    protected async Task<List<string>> ListAsync(string tenant, string sql)
    {
        await using var connection = Open(tenant);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    /// <summary>The query's single number.</summary>
    protected async Task<long> ScalarAsync(string tenant, string sql)
    {
        await using var connection = Open(tenant);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a statement.</summary>
    protected async Task ExecuteAsync(string tenant, string sql)
    {
        await using var connection = Open(tenant);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The database prefix the hosts of this test use (server providers).</summary>
    protected string DatabasePrefix => _databasePrefix;

    /// <summary>The data folder the hosts of this test use.</summary>
    protected string DataFolder => Path.Combine(_folder, "data");

    private Task<TestPlatform> StartAsync(ListLoggerProvider? logs = null) =>
        TestPlatform.StartAsync(moduleRoot: _root.Path, loggerProvider: logs, folder: _folder, provider: Provider, databasePrefix: _databasePrefix);

    public Task InitializeAsync()
    {
        _root = FixtureModuleRoot.With();
        _root.AddVersion(Ledger, "1.0.0");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _root.Dispose();
        if (Provider.IsServer)
        {
            await Provider.DropDatabasesAsync(_databasePrefix);
        }
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true); // the last platform's dispose usually took it already
        }
    }

    [Fact]
    public async Task A_failed_upgrade_leaves_that_tenant_on_the_old_schema_with_the_error_visible_and_others_upgraded()
    {
        var (goodKey, badKey) = await PrepareVersionOneAsync();
        _root.AddVersion(Ledger, "2.0.0");
        var logs = new ListLoggerProvider();

        await using var platform = await StartAsync(logs);

        var good = platform.ClientWithKey(goodKey);
        var bad = platform.ClientWithKey(badKey);
        var badView = await ModuleAsync(bad);
        Assert.Equal("2.0.0", badView.GetProperty("version").GetString());
        Assert.Equal("failed", badView.GetProperty("tenant").GetProperty("status").GetString());
        Assert.Equal("1.0.0", badView.GetProperty("tenant").GetProperty("schemaVersion").GetString());
        Assert.Contains("UNIQUE", badView.GetProperty("tenant").GetProperty("error").GetString(), StringComparison.OrdinalIgnoreCase);
        var platformView = await ModuleAsync(platform.PlatformAdminClient);
        Assert.Equal(["bad"], platformView.GetProperty("tenantFailures").EnumerateArray().Select(f => f.GetProperty("tenantId").GetString()));
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("tenant bad", StringComparison.Ordinal));

        var refused = await (await bad.GetAsync("/api/ledger/entries")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("failed", refused.GetProperty("detail").GetString());
        Assert.Equal(["entries"], await LedgerTablesAsync("bad"));
        Assert.DoesNotContain("Note", await EntryColumnsAsync("bad"));
        Assert.Equal(1, await HistoryCountAsync("bad"));
        Assert.Equal(2, await EntriesWithCodeAsync("bad", "X"));

        var goodView = await ModuleAsync(good);
        Assert.Equal("enabled", goodView.GetProperty("tenant").GetProperty("status").GetString());
        Assert.Equal("2.0.0", goodView.GetProperty("tenant").GetProperty("schemaVersion").GetString());
        Assert.Equal(["entries", "tags"], await LedgerTablesAsync("good"));
        Assert.Contains("Note", await EntryColumnsAsync("good"));
        Assert.Equal(2, await HistoryCountAsync("good"));
        Assert.Equal(2, (await good.GetFromJsonAsync<JsonElement>("/api/ledger/entries")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Once_the_data_is_fixed_the_next_start_completes_the_upgrade()
    {
        var (_, badKey) = await PrepareVersionOneAsync();
        _root.AddVersion(Ledger, "2.0.0");
        var first = await StartAsync();
        await first.StopAsync();
        await RecodeOneAsync("bad", "X", "Y");

        await using var second = await StartAsync();

        var view = await ModuleAsync(second.ClientWithKey(badKey));
        Assert.Equal("enabled", view.GetProperty("tenant").GetProperty("status").GetString());
        Assert.Equal("2.0.0", view.GetProperty("tenant").GetProperty("schemaVersion").GetString());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("tenant").GetProperty("error").ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await second.ClientWithKey(badKey).GetAsync("/api/ledger/entries")).StatusCode);
    }

    /// <summary>Two tenants on ledger 1.0.0: "good" with distinct codes, "bad" with a repeated one.</summary>
    private async Task<(string Good, string Bad)> PrepareVersionOneAsync()
    {
        var platform = await StartAsync();
        var good = await platform.CreateTenantAsync("good", Ledger);
        var bad = await platform.CreateTenantAsync("bad", Ledger);
        foreach (var (client, code) in new[] { (good, "A"), (good, "B"), (bad, "X"), (bad, "X") })
        {
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/ledger/entries", new { code, amount = 1m })).StatusCode);
        }
        var keys = (good.DefaultRequestHeaders.GetValues("X-Api-Key").Single(), bad.DefaultRequestHeaders.GetValues("X-Api-Key").Single());
        await platform.StopAsync();
        return keys;
    }

    private static async Task<JsonElement> ModuleAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement[]>("/api/modules"))!.Single(m => m.GetProperty("id").GetString() == Ledger);
}

/// <summary>The embedded default.</summary>
public sealed class SqliteModuleUpgradeTests() : ModuleUpgradeTests(TestProvider.Sqlite)
{
    protected override DbConnection Open(string tenant) => new SqliteConnection($"Data Source={Path.Combine(DataFolder, $"tenant-{tenant}.db")};Pooling=false");

    protected override async Task<List<string>> LedgerTablesAsync(string tenant) =>
        (await ListAsync(tenant, "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'ledger\\_%' ESCAPE '\\' AND name NOT LIKE '%EFMigrations%' ORDER BY name"))
            .Select(t => t["ledger_".Length..]).ToList();

    protected override Task<List<string>> EntryColumnsAsync(string tenant) => ListAsync(tenant, "SELECT name FROM pragma_table_info('ledger_entries')");

    protected override Task<long> HistoryCountAsync(string tenant) => ScalarAsync(tenant, "SELECT COUNT(*) FROM ledger___EFMigrationsHistory");

    protected override Task<long> EntriesWithCodeAsync(string tenant, string code) => ScalarAsync(tenant, $"SELECT COUNT(*) FROM ledger_entries WHERE Code = '{code}'");

    protected override Task RecodeOneAsync(string tenant, string code, string newCode) =>
        ExecuteAsync(tenant, $"UPDATE ledger_entries SET Code = '{newCode}' WHERE rowid = (SELECT MIN(rowid) FROM ledger_entries WHERE Code = '{code}')");
}

/// <summary>PostgreSQL: the same upgrade, with DDL inside one transaction on a real server.</summary>
public sealed class PostgreSqlModuleUpgradeTests() : ModuleUpgradeTests(TestProvider.PostgreSql)
{
    protected override DbConnection Open(string tenant) =>
        new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Provider.ServerConnectionString) { Database = $"{DatabasePrefix}tenant_{tenant}", Pooling = false }.ToString());

    protected override Task<List<string>> LedgerTablesAsync(string tenant) =>
        ListAsync(tenant, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'ledger' AND table_name NOT LIKE '%EFMigrations%' ORDER BY table_name");

    protected override Task<List<string>> EntryColumnsAsync(string tenant) =>
        ListAsync(tenant, "SELECT column_name FROM information_schema.columns WHERE table_schema = 'ledger' AND table_name = 'entries'");

    protected override Task<long> HistoryCountAsync(string tenant) => ScalarAsync(tenant, "SELECT COUNT(*) FROM ledger.\"__EFMigrationsHistory\"");

    protected override Task<long> EntriesWithCodeAsync(string tenant, string code) => ScalarAsync(tenant, $"SELECT COUNT(*) FROM ledger.entries WHERE \"Code\" = '{code}'");

    protected override Task RecodeOneAsync(string tenant, string code, string newCode) =>
        ExecuteAsync(tenant, $"UPDATE ledger.entries SET \"Code\" = '{newCode}' WHERE \"Id\" = (SELECT \"Id\" FROM ledger.entries WHERE \"Code\" = '{code}' ORDER BY \"Id\" LIMIT 1)");
}
