using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Tenants;
using Platform.Host.Tests.Support;
using Platform.Sdk.Data;
using Platform.Sdk.Pipeline;
using Platform.Sdk.Time;
using Xunit;

namespace Platform.Host.Tests.CoreApi;

/// <summary>
/// Bulk reads through the data service: the real Core module streams order lines with their order's date, only the
/// attributes asked for, filtered and in id order, on every provider.
/// </summary>
public abstract class BulkReadTests(CorePlatformFixture fixture) : IAsyncLifetime
{
    private TestPlatform Platform => fixture.Platform;

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Guid> CreateAsync(string route, object body)
    {
        var response = await Platform.Client.PostAsJsonAsync(route, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<(Guid Customer, Guid[] Products)> SeedOrdersAsync()
    {
        var customer = await CreateAsync("/api/core/customers", new { code = "C-BULK", name = "批量客户", industry = "Retail", size = "Medium", customerType = "KeyAccount" });
        var products = new Guid[3];
        for (var i = 0; i < products.Length; i++)
        {
            products[i] = await CreateAsync("/api/core/products", new
            {
                sku = $"B-{i}", name = $"Bulk {i}", productLine = "Audio", series = "A1", category = "Headphones", unitCost = 10m, listPrice = 100m, currency = "CNY", active = true,
            });
        }
        foreach (var (number, at, quantity) in new[] { ("SO-B1", "2026-01-31T23:30:00+08:00", 1), ("SO-B2", "2026-02-10T10:00:00+08:00", 2) })
        {
            await CreateAsync("/api/core/orders", new
            {
                number, customerId = customer, channel = "Direct", orderedAt = at, currency = "CNY",
                lines = products.Select(p => new { productId = p, quantity, listPrice = 100m, netPrice = 80.5m }).ToList(),
            });
        }
        return (customer, products);
    }

    private async Task<List<object?[]>> StreamAsync(BulkReadRequest request)
    {
        await using var scope = Platform.Services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope("demo");
        var data = scope.ServiceProvider.GetRequiredService<IDataService>();
        var rows = new List<object?[]>();
        await foreach (var row in data.StreamAsync(request))
        {
            rows.Add(row);
        }
        return rows;
    }

    [Fact]
    public async Task Order_lines_stream_with_the_attributes_asked_for_in_id_order()
    {
        var (_, products) = await SeedOrdersAsync();

        var rows = await StreamAsync(new BulkReadRequest("orderline", ["id", "productId", "quantity", "lineAmount", "orderedAt"]));

        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal(5, r.Length));
        Assert.Equal(rows.Select(r => (Guid)r[0]!).Order(), rows.Select(r => (Guid)r[0]!));
        Assert.Equal(3, rows.Count(r => (int)r[2]! == 2 && (decimal)r[3]! == 161m));
        Assert.Equal(products.Order(), rows.Where(r => (int)r[2]! == 1).Select(r => (Guid)r[1]!).Order());
        Assert.Contains(rows, r => (DateTimeOffset)r[4]! == DateTimeOffset.Parse("2026-01-31T15:30:00Z", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("80.5", (await StreamAsync(new BulkReadRequest("orderline", ["netPrice"]))).First()[0]!.ToString());
    }

    [Fact]
    public async Task Filters_apply_to_the_lines_and_to_their_order()
    {
        var (_, products) = await SeedOrdersAsync();

        var february = await StreamAsync(new BulkReadRequest("orderline", ["quantity"])
        {
            Filters = [new QueryFilter("orderedAt", FilterOperator.Ge, "2026-02-01T00:00:00+08:00")],
        });
        var oneProduct = await StreamAsync(new BulkReadRequest("orderline", ["productId"]) { Filters = [new QueryFilter("productId", FilterOperator.Eq, products[1].ToString())] });

        Assert.Equal([2, 2, 2], february.Select(r => (int)r[0]!));
        Assert.Equal(2, oneProduct.Count);
    }

    [Fact]
    public async Task Any_entity_of_an_ef_store_streams_and_bad_requests_name_the_field()
    {
        await SeedOrdersAsync();

        var customers = await StreamAsync(new BulkReadRequest("customer", ["code", "customerType"]));
        var unknown = await Assert.ThrowsAsync<InvalidPluginExecutionException>(() => StreamAsync(new BulkReadRequest("orderline", ["id", "salary"])));
        var none = await Assert.ThrowsAsync<InvalidPluginExecutionException>(() => StreamAsync(new BulkReadRequest("orderline", [])));
        var badFilter = await Assert.ThrowsAsync<InvalidPluginExecutionException>(() =>
            StreamAsync(new BulkReadRequest("orderline", ["id"]) { Filters = [new QueryFilter("quantity", FilterOperator.Gt, "many")] }));

        Assert.Equal("C-BULK", Assert.Single(customers)[0]);
        Assert.True(unknown.Errors!.ContainsKey("attributes.salary"));
        Assert.True(none.Errors!.ContainsKey("attributes"));
        Assert.True(badFilter.Errors!.ContainsKey("filter.quantity"));
    }

    [Fact]
    public async Task Aggregates_count_and_sum_by_attribute_and_by_month_in_the_tenants_time_zone()
    {
        var (customer, products) = await SeedOrdersAsync();
        // 1 March 00:30 in Shanghai is still 28 February in UTC.
        await CreateAsync("/api/core/orders", new
        {
            number = "SO-B3", customerId = customer, channel = "Direct", orderedAt = "2026-03-01T00:30:00+08:00", currency = "CNY",
            lines = new[] { new { productId = products[0], quantity = 3, listPrice = 100m, netPrice = 80.5m } },
        });
        await using var scope = Platform.Services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope("demo");
        var data = scope.ServiceProvider.GetRequiredService<IDataService>();
        var months = new PeriodScheme(PeriodKind.Month);

        var shanghai = await data.AggregateAsync(new AggregateRequest("orderline")
        {
            Period = new PeriodGrouping("orderedAt", months, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")),
            Sum = ["quantity", "lineAmount"],
        });
        var utc = await data.AggregateAsync(new AggregateRequest("orderline") { Period = new PeriodGrouping("orderedAt", months, TimeZoneInfo.Utc), Sum = ["quantity"] });
        var byProduct = await data.AggregateAsync(new AggregateRequest("orderline") { GroupBy = ["productId"], Sum = ["lineAmount"] });

        Assert.Equal([new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)], shanghai.Groups.Select(g => g.Period!.Start));
        Assert.Equal([3L, 3L, 1L], shanghai.Groups.Select(g => g.Count));
        Assert.Equal([3m, 6m, 3m], shanghai.Groups.Select(g => g.Sums[0]));
        Assert.Equal([241.5m, 483m, 241.5m], shanghai.Groups.Select(g => g.Sums[1]));
        Assert.Equal([3m, 9m], utc.Groups.Select(g => g.Sums[0]));
        Assert.Equal(3, byProduct.Groups.Count);
        Assert.Equal(80.5m + 161m + 241.5m, byProduct.Groups.Single(g => (Guid)g.Keys[0]! == products[0]).Sums[0]);
    }

    [Fact]
    public async Task An_aggregate_that_cannot_sum_or_take_a_period_names_the_field()
    {
        await SeedOrdersAsync();
        await using var scope = Platform.Services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope("demo");
        var data = scope.ServiceProvider.GetRequiredService<IDataService>();

        var sum = await Assert.ThrowsAsync<InvalidPluginExecutionException>(() => data.AggregateAsync(new AggregateRequest("orderline") { Sum = ["currency"] }));
        var period = await Assert.ThrowsAsync<InvalidPluginExecutionException>(() => data.AggregateAsync(new AggregateRequest("orderline")
        {
            Period = new PeriodGrouping("quantity", new PeriodScheme(PeriodKind.Month), TimeZoneInfo.Utc),
        }));

        Assert.True(sum.Errors!.ContainsKey("sum.currency"));
        Assert.True(period.Errors!.ContainsKey("period.quantity"));
    }

    [Fact]
    public async Task Order_lines_are_read_only_through_the_data_service()
    {
        await using var scope = Platform.Services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope("demo");
        var data = scope.ServiceProvider.GetRequiredService<IDataService>();

        var refused = await Assert.ThrowsAsync<InvalidPluginExecutionException>(() => data.CreateAsync(new Entity("orderline") { ["quantity"] = 1 }));

        Assert.Contains("written through their order", refused.Message, StringComparison.Ordinal);
    }
}

public sealed class SqliteBulkReadTests(SqliteCorePlatform fixture) : BulkReadTests(fixture), IClassFixture<SqliteCorePlatform>;

public sealed class PostgreSqlBulkReadTests(PostgreSqlCorePlatform fixture) : BulkReadTests(fixture), IClassFixture<PostgreSqlCorePlatform>;

[OnlyWithEnvironment(TestProvider.SqlServerVariable)]
public sealed class SqlServerBulkReadTests(SqlServerCorePlatform fixture) : BulkReadTests(fixture), IClassFixture<SqlServerCorePlatform>;
