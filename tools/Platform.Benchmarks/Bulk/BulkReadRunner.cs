using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using Platform.Benchmarks.Support;
using Platform.Host;
using Platform.Host.Data;
using Platform.Host.Tenants;
using Platform.Sdk.Data;
using static Platform.Benchmarks.Support.Report;

namespace Platform.Benchmarks.Bulk;

/// <summary>
/// Figure 7: streaming order lines (id, product, quantity, line amount, order date) through the data service
/// (<see cref="IDataService.StreamAsync"/>, Core's <c>orderline</c> entity) against a hand-written Npgsql reader of
/// the same columns and the same join, on PostgreSQL, interleaved rounds, median of each.
/// </summary>
public static class BulkReadRunner
{
    private const string Tenant = "demo";
    private const int LinesPerOrder = 10;

    public static async Task<int> RunAsync(Options options)
    {
        var quick = options.Flag("quick");
        var lines = options.Int("lines", quick ? 100_000 : 1_000_000);
        var rounds = options.Int("rounds", quick ? 3 : 5);
        var server = options.String("connection-string") ?? Environment.GetEnvironmentVariable("PLATFORM_TEST_POSTGRES")
            ?? throw new ArgumentException("--connection-string or PLATFORM_TEST_POSTGRES is required.");
        var prefix = PostgreSqlServer.NewDatabasePrefix();
        var folder = BenchFolders.NewFolder("platform-bench-bulk");
        var app = await StartAsync(options.Required("module-root"), server, prefix, folder);
        try
        {
            var tenant = await app.Services.GetRequiredService<TenantDirectory>().GetAsync(Tenant, CancellationToken.None)
                ?? throw new InvalidOperationException("The demo tenant was not created.");
            var database = app.Services.GetRequiredService<IDatabaseProvider>();
            string tenantConnection;
            await using (var connection = database.CreateConnection(DatabaseNames.Tenant(Tenant)))
            {
                tenantConnection = connection.ConnectionString;
            }
            var seeding = Stopwatch.StartNew();
            await SeedAsync(app.Services, tenant, tenantConnection, lines);
            Log($"bulk: {lines:N0} order lines written in {seeding.Elapsed.TotalSeconds:0.0} s");

            var platform = new List<double>();
            var baseline = new List<double>();
            for (var round = 0; round < rounds + 1; round++)
            {
                // Round 0 warms both paths (JIT, EF Core's query cache, PostgreSQL's buffers) and is not counted.
                var p = await TimeAsync(() => ThroughPlatformAsync(app.Services, tenant), lines);
                var b = await TimeAsync(() => HandWrittenAsync(tenantConnection), lines);
                Log($"bulk round {round}: platform {p:0.000} s, Npgsql {b:0.000} s");
                if (round > 0)
                {
                    platform.Add(p);
                    baseline.Add(b);
                }
            }
            var platformMedian = Median(platform);
            var baselineMedian = Median(baseline);
            Out.WriteLine($"### Figure 7: streaming {lines:N0} order lines on PostgreSQL ({rounds} interleaved rounds, median; load {LoadAverage()})");
            Out.WriteLine();
            Out.WriteLine(await PostgreSqlServer.DescribeAsync(server));
            Out.WriteLine();
            Out.WriteLine(Table(["reader", "median s:", "rows/s:", "ratio:"],
            [
                ["Platform: IDataService.StreamAsync(orderline: id, productId, quantity, lineAmount, orderedAt)", F(platformMedian, 3), F(lines / platformMedian, 0), F(platformMedian / baselineMedian)],
                ["Baseline: NpgsqlDataReader, same columns and join, typed getters", F(baselineMedian, 3), F(lines / baselineMedian, 0), "1.00"],
            ]));
            Out.WriteLine($"Goal: at most 2× the hand-written reader; measured {F(platformMedian / baselineMedian)}×.");
            Out.WriteLine();
            return 0;
        }
        finally
        {
            await app.DisposeAsync();
            await PostgreSqlServer.DropDatabasesAsync(server, prefix);
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<WebApplication> StartAsync(string moduleRoot, string server, string prefix, string folder)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = folder });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Platform:ModuleRoot"] = moduleRoot,
            ["Platform:DataFolder"] = Path.Combine(folder, "data"),
            ["Platform:Provider"] = "PostgreSql",
            ["Platform:ConnectionString"] = server,
            ["Platform:DatabasePrefix"] = prefix,
            ["Platform:DemoTenant:Id"] = Tenant,
            ["Platform:DemoTenant:Seed"] = "false",
            ["Platform:RateLimits:Enabled"] = "false",
        });
        builder.AddPlatform();
        var app = builder.Build();
        app.UsePlatform();
        await app.StartAsync();
        return app;
    }

    /// <summary>A customer and 50 products through the platform, then orders and lines by binary COPY (the figure is about reading).</summary>
    private static async Task SeedAsync(IServiceProvider services, TenantState tenant, string connectionString, int lines)
    {
        var customer = Guid.CreateVersion7();
        var products = new Guid[50];
        await using (var scope = services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope(Tenant, tenant, "bench"))
        {
            var data = scope.ServiceProvider.GetRequiredService<IDataService>();
            await data.CreateAsync(new Entity("customer", customer)
            {
                ["code"] = "C-BULK", ["name"] = "Bulk customer", ["industry"] = "Retail", ["size"] = "Medium", ["customerType"] = "KeyAccount",
            });
            for (var i = 0; i < products.Length; i++)
            {
                products[i] = await data.CreateAsync(new Entity("product")
                {
                    ["sku"] = $"BULK-{i}", ["name"] = $"Bulk {i}", ["productLine"] = "Audio", ["series"] = "A1", ["category"] = "Headphones",
                    ["unitCost"] = 10m, ["listPrice"] = 100m, ["currency"] = "CNY", ["active"] = true,
                });
            }
        }
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var orders = lines / LinesPerOrder;
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var orderIds = new Guid[orders];
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY core.orders (\"Id\", \"Number\", \"CustomerId\", \"Channel\", \"OrderedAt\", \"Status\", \"Currency\", \"TotalAmount\") FROM STDIN (FORMAT BINARY)"))
        {
            for (var o = 0; o < orders; o++)
            {
                orderIds[o] = Guid.CreateVersion7();
                await copy.StartRowAsync();
                await copy.WriteAsync(orderIds[o], NpgsqlDbType.Uuid);
                await copy.WriteAsync($"SO-{o:D8}", NpgsqlDbType.Text);
                await copy.WriteAsync(customer, NpgsqlDbType.Uuid);
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
                await copy.WriteAsync(start.AddMinutes(o * 7), NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
                await copy.WriteAsync("CNY", NpgsqlDbType.Text);
                await copy.WriteAsync(LinesPerOrder * 80.5m, NpgsqlDbType.Numeric);
            }
            await copy.CompleteAsync();
        }
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY core.order_lines (\"Id\", \"OrderId\", \"LineNumber\", \"ProductId\", \"Quantity\", \"ListPrice\", \"NetPrice\", \"LineAmount\") FROM STDIN (FORMAT BINARY)"))
        {
            for (var l = 0; l < orders * LinesPerOrder; l++)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await copy.WriteAsync(orderIds[l / LinesPerOrder], NpgsqlDbType.Uuid);
                await copy.WriteAsync(l % LinesPerOrder + 1, NpgsqlDbType.Integer);
                await copy.WriteAsync(products[l % products.Length], NpgsqlDbType.Uuid);
                await copy.WriteAsync(1 + l % 3, NpgsqlDbType.Integer);
                await copy.WriteAsync(100m, NpgsqlDbType.Numeric);
                await copy.WriteAsync(80.5m, NpgsqlDbType.Numeric);
                await copy.WriteAsync(80.5m * (1 + l % 3), NpgsqlDbType.Numeric);
            }
            await copy.CompleteAsync();
        }
        await using var analyze = new NpgsqlCommand("ANALYZE core.orders; ANALYZE core.order_lines;", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    private static async Task<double> TimeAsync(Func<Task<long>> read, int expected)
    {
        var clock = Stopwatch.StartNew();
        var rows = await read();
        var seconds = clock.Elapsed.TotalSeconds;
        return rows == expected ? seconds : throw new InvalidOperationException($"Read {rows:N0} rows, expected {expected:N0}.");
    }

    private static async Task<long> ThroughPlatformAsync(IServiceProvider services, TenantState tenant)
    {
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope(Tenant, tenant, "bench");
        var data = scope.ServiceProvider.GetRequiredService<IDataService>();
        long rows = 0, quantity = 0;
        await foreach (var row in data.StreamAsync(new BulkReadRequest("orderline", ["id", "productId", "quantity", "lineAmount", "orderedAt"])))
        {
            rows++;
            quantity += (int)row[2]!;
        }
        return quantity > 0 ? rows : 0;
    }

    private static async Task<long> HandWrittenAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT l.\"Id\", l.\"ProductId\", l.\"Quantity\", l.\"LineAmount\", o.\"OrderedAt\" FROM core.order_lines l " +
            "JOIN core.orders o ON o.\"Id\" = l.\"OrderId\" ORDER BY l.\"Id\"", connection);
        await using var reader = await command.ExecuteReaderAsync();
        long rows = 0, quantity = 0;
        while (await reader.ReadAsync())
        {
            _ = reader.GetGuid(0);
            _ = reader.GetGuid(1);
            quantity += reader.GetInt32(2);
            _ = reader.GetDecimal(3);
            _ = reader.GetFieldValue<DateTimeOffset>(4);
            rows++;
        }
        return quantity > 0 ? rows : 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
