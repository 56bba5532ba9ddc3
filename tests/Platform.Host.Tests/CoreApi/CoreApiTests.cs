using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Data;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.CoreApi;

/// <summary>
/// The real Core module, loaded from the module root into its own load context, over HTTP, on every
/// provider (the derived classes at the end). The tests of a class share one platform; Respawn empties
/// the tenant's tables before each test.
/// </summary>
public abstract class CoreApiTests(CorePlatformFixture fixture) : IAsyncLifetime
{
    private TestPlatform Platform => fixture.Platform;

    private HttpClient Client => Platform.Client;

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static object NewProduct(string sku, decimal listPrice = 199m) => new
    {
        sku, name = $"Product {sku}", productLine = "Audio", series = "A1", category = "Headphones",
        unitCost = 80m, listPrice, currency = "CNY", active = true,
    };

    private async Task<JsonElement> CreateAsync(string route, object body)
    {
        var response = await Client.PostAsJsonAsync(route, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<JsonElement> NewCustomerAsync(string code) => await CreateAsync("/api/core/customers", new
    {
        code, name = "上海明远贸易有限公司", industry = "Retail", size = "Medium", customerType = "KeyAccount",
        decisionMaker = "王磊", phone = "+86 21 5555 0101", email = "wang.lei@example.cn",
    });

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    [Fact]
    public async Task Core_is_listed_as_running_with_its_entities_and_steps()
    {
        var core = await Platform.GetModuleAsync("platform.core");

        Assert.Equal("running", core.GetProperty("state").GetString());
        Assert.Equal("1.0.0", core.GetProperty("version").GetString());
        var entities = core.GetProperty("entities").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["customer", "inventoryposition", "order", "orderline", "partner", "product", "region", "salesrep", "store", "team"], entities);
        Assert.NotEmpty(core.GetProperty("steps").EnumerateArray());
        Assert.Contains("core.read", core.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task A_product_can_be_created_read_changed_and_deleted()
    {
        var created = await CreateAsync("/api/core/products", NewProduct("AUD-001"));
        var id = created.GetProperty("id").GetGuid();

        var patched = await Client.PatchAsJsonAsync($"/api/core/products/{id}", new { listPrice = 249.5m });
        var read = await Client.GetFromJsonAsync<JsonElement>($"/api/core/products/{id}");
        var deleted = await Client.DeleteAsync($"/api/core/products/{id}");
        var afterDelete = await Client.GetAsync($"/api/core/products/{id}");

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("249.5", read.GetProperty("listPrice").GetRawText()); // the same text on every provider, whatever the column scale
        Assert.Equal("Audio", read.GetProperty("productLine").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterDelete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.DeleteAsync($"/api/core/products/{id}")).StatusCode);
    }

    [Fact]
    public async Task Lists_page_sort_and_filter()
    {
        foreach (var (sku, price) in new[] { ("P-1", 10m), ("P-2", 50m), ("P-3", 30m), ("P-4", 70m), ("P-5", 20m) })
        {
            await CreateAsync("/api/core/products", NewProduct(sku, price));
        }

        var page = await Client.GetFromJsonAsync<JsonElement>("/api/core/products?sort=-listPrice&pageSize=2&page=2");
        var filtered = await Client.GetFromJsonAsync<JsonElement>("/api/core/products?filter=listPrice%20ge%2030&filter=sku%20ne%20P-4&sort=listPrice");

        Assert.Equal(5, page.GetProperty("totalCount").GetInt32());
        Assert.Equal([30m, 20m], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("listPrice").GetDecimal()));
        Assert.Equal(["P-3", "P-2"], filtered.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sku").GetString()));
    }

    [Theory]
    [InlineData("filter=nosuch%20eq%201", "filter.nosuch")]
    [InlineData("filter=listPrice%20gt%20cheap", "filter.listPrice")]
    [InlineData("filter=listPrice%20around%201", "filter")]
    [InlineData("sort=nosuch", "sort")]
    [InlineData("pageSize=100000", "pageSize")]
    [InlineData("page=zero", "page")]
    public async Task Bad_list_parameters_are_400_naming_the_parameter(string query, string field)
    {
        var errors = await ProblemAsync(await Client.GetAsync($"/api/core/products?{query}"));

        Assert.True(errors.TryGetProperty(field, out _), errors.GetRawText());
    }

    [Fact]
    public async Task Missing_and_out_of_range_fields_are_400_naming_each_field_and_nothing_is_written()
    {
        var errors = await ProblemAsync(await Client.PostAsJsonAsync("/api/core/products", new { sku = "X-1", unitCost = -1m, listPrice = 10m, currency = "yuan" }));
        var count = (await Client.GetFromJsonAsync<JsonElement>("/api/core/products")).GetProperty("totalCount").GetInt32();

        foreach (var field in new[] { "name", "productLine", "category", "unitCost", "currency" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} missing in {errors.GetRawText()}");
        }
        Assert.Equal(0, count);
    }

    [Theory]
    [InlineData("{\"sku\": \"X\", ", "$")]
    [InlineData("[1,2]", "$")]
    [InlineData("{\"sku\":\"X-2\",\"name\":\"n\",\"productLine\":\"l\",\"series\":\"s\",\"category\":\"c\",\"unitCost\":\"cheap\",\"listPrice\":1,\"currency\":\"CNY\"}", "unitCost")]
    [InlineData("{\"sku\":\"X-2\",\"name\":\"n\",\"productLine\":\"l\",\"series\":\"s\",\"category\":\"c\",\"unitCost\":1,\"listPrice\":1,\"currency\":\"CNY\",\"colour\":\"red\"}", "colour")]
    public async Task Malformed_json_wrong_types_and_unknown_fields_are_400_naming_the_field(string body, string field)
    {
        var response = await Client.PostAsync("/api/core/products", new StringContent(body, Encoding.UTF8, "application/json"));

        var errors = await ProblemAsync(response);
        Assert.True(errors.TryGetProperty(field, out _), errors.GetRawText());
    }

    [Theory]
    [InlineData("{\"code\":\"C-9\",\"name\":\"n\",\"industry\":\"Retail\",\"size\":\"Medium\",\"customerType\":\"SMB\"}", "customerType", "The value must be one of: Consumer, SmallBusiness, KeyAccount, Government.")]
    [InlineData("{\"code\":\"C-9\",\"name\":\"n\",\"industry\":\"Retail\",\"size\":7.5,\"customerType\":\"Consumer\"}", "size", "The value must be one of: Small, Medium, Large, Enterprise.")]
    [InlineData("{\"code\":\"C-9\",\"name\":\"n\",\"industry\":\"Retail\",\"size\":\"Medium\",\"customerType\":\"Consumer\",\"regionId\":5}", "regionId", "The value must be a GUID.")]
    public async Task A_wrong_value_is_described_by_what_the_field_accepts(string body, string field, string message)
    {
        var response = await Client.PostAsync("/api/core/customers", new StringContent(body, Encoding.UTF8, "application/json"));

        var errors = await ProblemAsync(response);
        Assert.Equal([message], errors.GetProperty(field).EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task An_order_with_five_lines_is_created_with_computed_amounts()
    {
        var customer = await NewCustomerAsync("C-0001");
        var products = new List<Guid>();
        for (var i = 1; i <= 5; i++)
        {
            products.Add((await CreateAsync("/api/core/products", NewProduct($"O-{i}", 100m * i))).GetProperty("id").GetGuid());
        }

        var order = await CreateAsync("/api/core/orders", new
        {
            number = "SO-0001", customerId = customer.GetProperty("id").GetGuid(), channel = "Direct",
            orderedAt = "2026-06-18T10:00:00+08:00", currency = "CNY",
            lines = products.Select((p, i) => new { productId = p, quantity = i + 1, listPrice = 100m * (i + 1), netPrice = 90m * (i + 1) + 0.333m }).ToList(),
        });

        var lines = order.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(5, lines.Count);
        // 0.333 × quantity rounds per line to 2 places: 90.33, 360.67, 811.00, 1441.33, 2251.67
        Assert.Equal([90.33m, 360.67m, 811.00m, 1441.33m, 2251.67m], lines.Select(l => l.GetProperty("lineAmount").GetDecimal()));
        Assert.Equal(4955.00m, order.GetProperty("totalAmount").GetDecimal());
        Assert.Equal(DateTimeOffset.Parse("2026-06-18T02:00:00Z", System.Globalization.CultureInfo.InvariantCulture), order.GetProperty("orderedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task An_order_is_answered_as_stored_even_with_extra_decimals_and_a_local_time_offset()
    {
        var customer = await NewCustomerAsync("C-STORED");
        var product = await CreateAsync("/api/core/products", NewProduct("P-STORED", listPrice: 10.00005m));

        var response = await Client.PostAsJsonAsync("/api/core/orders", new
        {
            number = "SO-STORED", customerId = customer.GetProperty("id").GetGuid(), channel = "Direct",
            orderedAt = "2026-11-11T00:30:00.1234567+08:00",
            lines = new[] { new { productId = product.GetProperty("id").GetGuid(), quantity = 3, listPrice = 10.00005m, netPrice = 9.99995m } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadAsStringAsync();
        var read = await Client.GetStringAsync(response.Headers.Location);
        var productRead = await Client.GetStringAsync($"/api/core/products/{product.GetProperty("id").GetGuid()}");

        Assert.Equal(read, created);
        Assert.Equal(productRead, product.GetRawText());
        var order = JsonDocument.Parse(created).RootElement;
        Assert.Equal("2026-11-10T16:30:00.123456+00:00", order.GetProperty("orderedAt").GetString());
        var line = order.GetProperty("lines")[0];
        // Amount columns keep 4 decimals, rounded half away from zero, as every provider stores them.
        Assert.Equal(10.0001m, product.GetProperty("listPrice").GetDecimal());
        Assert.Equal(10m, line.GetProperty("netPrice").GetDecimal());
    }

    [Fact]
    public async Task An_order_that_references_unknown_records_is_400_naming_the_fields_and_not_written()
    {
        var response = await Client.PostAsJsonAsync("/api/core/orders", new
        {
            number = "SO-0002", customerId = Guid.NewGuid(), channel = "Direct", orderedAt = "2026-06-18T10:00:00Z",
            lines = new[] { new { productId = Guid.NewGuid(), quantity = 1, listPrice = 10m, netPrice = 10m } },
        });

        var errors = await ProblemAsync(response);
        Assert.True(errors.TryGetProperty("customerId", out _), errors.GetRawText());
        Assert.Contains(errors.EnumerateObject(), e => e.Name.StartsWith("lines[0].productId", StringComparison.Ordinal));
        Assert.Equal(0, (await Client.GetFromJsonAsync<JsonElement>("/api/core/orders")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_record_that_others_refer_to_cannot_be_deleted_and_stays()
    {
        var customer = await NewCustomerAsync("C-0003");
        var product = (await CreateAsync("/api/core/products", NewProduct("D-1"))).GetProperty("id").GetGuid();
        var customerId = customer.GetProperty("id").GetGuid();
        await CreateAsync("/api/core/orders", new
        {
            number = "SO-0003", customerId, channel = "Direct", orderedAt = "2026-06-18T10:00:00Z",
            lines = new[] { new { productId = product, quantity = 2, listPrice = 10m, netPrice = 10m } },
        });

        var response = await Client.DeleteAsync($"/api/core/customers/{customerId}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("The customer cannot be deleted while other records refer to it: 1 orders.", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/api/core/customers/{customerId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Client.DeleteAsync($"/api/core/products/{product}")).StatusCode);
    }

    [Fact]
    public async Task Emptying_the_tenant_between_tests_keeps_the_migrations_history()
    {
        await fixture.ResetAsync();
        var database = Platform.Services.GetRequiredService<IDatabaseProvider>();
        await using var connection = database.CreateConnection(DatabaseNames.Tenant("demo"));
        await connection.OpenAsync();
        await using var applied = connection.CreateCommand();
        applied.CommandText = database.AppliedMigrationsSql("core");

        Assert.EndsWith("_InitialCore", (string?)await applied.ExecuteScalarAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_core_endpoints()
    {
        var document = await Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/api/core/orders", paths);
        Assert.Contains("/api/core/customers/{id}", paths);
        Assert.Contains("/api/modules", paths);
    }
}

public sealed class SqliteCoreApiTests(SqliteCorePlatform fixture) : CoreApiTests(fixture), IClassFixture<SqliteCorePlatform>;

public sealed class PostgreSqlCoreApiTests(PostgreSqlCorePlatform fixture) : CoreApiTests(fixture), IClassFixture<PostgreSqlCorePlatform>;

[OnlyWithEnvironment(TestProvider.SqlServerVariable)]
public sealed class SqlServerCoreApiTests(SqlServerCorePlatform fixture) : CoreApiTests(fixture), IClassFixture<SqlServerCorePlatform>;
