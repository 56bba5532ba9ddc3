using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.SqlClient;
using Npgsql;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.CoreApi;

/// <summary>The demo tenant is created, migrated and seeded once at start, on every provider (the derived classes at the end).</summary>
public abstract class DemoTenantTests(TestProvider provider)
{
    private static readonly string[] Lists =
    [
        "core/regions", "core/stores", "core/products", "core/customers", "core/partners", "core/teams", "core/reps", "core/orders", "core/inventory",
        "pricing/price-lists", "pricing/methods", "pricing/competitor-prices", "pricing/promotions", "pricing/coupon-codes", "pricing/survey-responses",
    ];

    /// <summary>Checks where the provider keeps the tenant (its file, its database).</summary>
    protected abstract Task AssertTenantStoredAsync(TestPlatform platform);

    private static async Task<Dictionary<string, int>> CountAsync(TestPlatform platform)
    {
        var counts = new Dictionary<string, int>();
        foreach (var list in Lists)
        {
            var page = await platform.Client.GetFromJsonAsync<JsonElement>($"/api/{list}?pageSize=1");
            counts[list] = page.GetProperty("totalCount").GetInt32();
        }
        return counts;
    }

    private static async Task<DateTimeOffset> FirstOrderDateAsync(TestPlatform platform, string sort) =>
        (await platform.Client.GetFromJsonAsync<JsonElement>($"/api/core/orders?pageSize=1&sort={sort}"))
            .GetProperty("items")[0].GetProperty("orderedAt").GetDateTimeOffset().ToUniversalTime();

    [Fact]
    public async Task The_demo_tenant_is_seeded_on_first_run_and_reused_without_reseeding()
    {
        var folder = Directory.CreateTempSubdirectory("platform-demo-").FullName;
        var databasePrefix = TestProvider.NewDatabasePrefix();
        var seed = new Dictionary<string, string?> { ["Platform:DemoTenant:Seed"] = "true" };

        var first = await TestPlatform.StartAsync(moduleRoot: RepoPaths.ModuleRoot, settings: seed, folder: folder, provider: provider, databasePrefix: databasePrefix);
        var firstCounts = await CountAsync(first);
        var formats = (await first.Client.GetFromJsonAsync<JsonElement>("/api/core/stores?pageSize=500")).GetProperty("items")
            .EnumerateArray().Select(s => s.GetProperty("format").GetString()).Distinct().Order().ToList();
        var oldest = await FirstOrderDateAsync(first, "orderedAt");
        var newest = await FirstOrderDateAsync(first, "-orderedAt");
        await first.StopAsync();

        await using var second = await TestPlatform.StartAsync(moduleRoot: RepoPaths.ModuleRoot, settings: seed, folder: folder, provider: provider, databasePrefix: databasePrefix);
        var secondCounts = await CountAsync(second);

        Assert.All(firstCounts, c => Assert.True(c.Value > 0, $"{c.Key} were not seeded"));
        Assert.Equal(firstCounts, secondCounts);
        Assert.Equal(["Convenience", "Experience", "Flagship", "Standard"], formats);
        Assert.True(firstCounts["core/orders"] >= 1000, $"only {firstCounts["core/orders"]} demo orders");
        Assert.True(firstCounts["pricing/promotions"] >= 20, $"only {firstCounts["pricing/promotions"]} demo promotions (a calendar for the year)");
        await AssertTenantStoredAsync(second);
        Assert.Equal(11, (newest.Year - oldest.Year) * 12 + newest.Month - oldest.Month); // twelve calendar months
    }
}

/// <summary>The embedded default: one SQLite file per tenant in the data folder.</summary>
public sealed class SqliteDemoTenantTests() : DemoTenantTests(TestProvider.Sqlite)
{
    protected override Task AssertTenantStoredAsync(TestPlatform platform)
    {
        Assert.True(File.Exists(Path.Combine(platform.Folder, "data", "tenant-demo.db")));
        return Task.CompletedTask;
    }
}

/// <summary>PostgreSQL: one database per tenant, named with the configured prefix.</summary>
public sealed class PostgreSqlDemoTenantTests() : DemoTenantTests(TestProvider.PostgreSql)
{
    protected override async Task AssertTenantStoredAsync(TestPlatform platform)
    {
        await using var connection = new NpgsqlConnection(TestProvider.PostgreSql.ServerConnectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", $"{platform.DatabasePrefix}tenant_demo");
        Assert.Equal(1L, await exists.ExecuteScalarAsync());
    }
}

/// <summary>SQL Server: one database per tenant, named with the configured prefix.</summary>
[OnlyWithEnvironment(TestProvider.SqlServerVariable)]
public sealed class SqlServerDemoTenantTests() : DemoTenantTests(TestProvider.SqlServer)
{
    protected override async Task AssertTenantStoredAsync(TestPlatform platform)
    {
        await using var connection = new SqlConnection(TestProvider.SqlServer.ServerConnectionString);
        await connection.OpenAsync();
        await using var exists = new SqlCommand("SELECT count(*) FROM sys.databases WHERE name = @name", connection);
        exists.Parameters.AddWithValue("@name", $"{platform.DatabasePrefix}tenant_demo");
        Assert.Equal(1, await exists.ExecuteScalarAsync());
    }
}
