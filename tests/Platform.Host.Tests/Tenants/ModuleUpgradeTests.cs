using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
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
public sealed class ModuleUpgradeTests : IAsyncLifetime
{
    private const string Ledger = "fixtures.ledger";

    private readonly string _folder = Directory.CreateTempSubdirectory("platform-upgrade-").FullName;
    private FixtureModuleRoot _root = null!;

    public Task InitializeAsync()
    {
        _root = FixtureModuleRoot.With();
        _root.AddVersion(Ledger, "1.0.0");
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _root.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true); // the last platform's dispose usually took it already
        }
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_failed_upgrade_leaves_that_tenant_on_the_old_schema_with_the_error_visible_and_others_upgraded()
    {
        var (goodKey, badKey) = await PrepareVersionOneAsync();
        _root.AddVersion(Ledger, "2.0.0");
        var logs = new ListLoggerProvider();

        await using var platform = await TestPlatform.StartAsync(moduleRoot: _root.Path, loggerProvider: logs, folder: _folder);

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
        Assert.Equal(["ledger_entries"], (await TablesAsync("bad")).Where(t => t.StartsWith("ledger_", StringComparison.Ordinal) && !t.Contains("__EF", StringComparison.Ordinal)));
        Assert.DoesNotContain("Note", await ColumnsAsync("bad", "ledger_entries"));
        Assert.Equal(1, await ScalarAsync("bad", "SELECT COUNT(*) FROM ledger___EFMigrationsHistory"));
        Assert.Equal(2, await ScalarAsync("bad", "SELECT COUNT(*) FROM ledger_entries WHERE Code = 'X'"));

        var goodView = await ModuleAsync(good);
        Assert.Equal("enabled", goodView.GetProperty("tenant").GetProperty("status").GetString());
        Assert.Equal("2.0.0", goodView.GetProperty("tenant").GetProperty("schemaVersion").GetString());
        Assert.Contains("ledger_tags", await TablesAsync("good"));
        Assert.Contains("Note", await ColumnsAsync("good", "ledger_entries"));
        Assert.Equal(2, (await good.GetFromJsonAsync<JsonElement>("/api/ledger/entries")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Once_the_data_is_fixed_the_next_start_completes_the_upgrade()
    {
        var (_, badKey) = await PrepareVersionOneAsync();
        _root.AddVersion(Ledger, "2.0.0");
        var first = await TestPlatform.StartAsync(moduleRoot: _root.Path, folder: _folder);
        await first.StopAsync();
        await ExecuteAsync("bad", "UPDATE ledger_entries SET Code = 'Y' WHERE rowid = (SELECT MIN(rowid) FROM ledger_entries)");

        await using var second = await TestPlatform.StartAsync(moduleRoot: _root.Path, folder: _folder);

        var view = await ModuleAsync(second.ClientWithKey(badKey));
        Assert.Equal("enabled", view.GetProperty("tenant").GetProperty("status").GetString());
        Assert.Equal("2.0.0", view.GetProperty("tenant").GetProperty("schemaVersion").GetString());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("tenant").GetProperty("error").ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await second.ClientWithKey(badKey).GetAsync("/api/ledger/entries")).StatusCode);
    }

    /// <summary>Two tenants on ledger 1.0.0: "good" with distinct codes, "bad" with a repeated one.</summary>
    private async Task<(string Good, string Bad)> PrepareVersionOneAsync()
    {
        var platform = await TestPlatform.StartAsync(moduleRoot: _root.Path, folder: _folder);
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

    private SqliteConnection Open(string tenant) => new($"Data Source={Path.Combine(_folder, "data", $"tenant-{tenant}.db")};Pooling=false");

    private async Task<List<string>> TablesAsync(string tenant) => await ListAsync(tenant, "SELECT name FROM sqlite_master WHERE type = 'table'");

    private async Task<List<string>> ColumnsAsync(string tenant, string table) => await ListAsync(tenant, $"SELECT name FROM pragma_table_info('{table}')");

    private async Task<List<string>> ListAsync(string tenant, string sql)
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

    private async Task<long> ScalarAsync(string tenant, string sql)
    {
        await using var connection = Open(tenant);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string tenant, string sql)
    {
        await using var connection = Open(tenant);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
