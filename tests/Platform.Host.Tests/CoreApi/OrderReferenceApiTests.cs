using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.CoreApi;

/// <summary>
/// Core alone (no Pricing step in front of it): the database refuses an order that points at a missing or
/// inactive record or repeats a number, and the answer is still a 400 naming exactly the offending fields
/// with nothing written (ADR 0013), on every provider.
/// </summary>
public abstract class OrderReferenceApiTests(TestProvider provider) : IAsyncLifetime
{
    private TestPlatform _platform = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _platform = await TestPlatform.StartAsync(moduleRoot: RepoPaths.ModuleRoot, provider: provider);
        var created = await _platform.PlatformAdminClient.PostAsJsonAsync("/api/tenants", new { id = "coreonly", name = "Core only", modules = new[] { "platform.core" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("adminKey").GetProperty("key").GetString();
        _client = _platform.ClientWithKey(key);
    }

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        if (provider.IsServer)
        {
            await provider.DropDatabasesAsync(_platform.DatabasePrefix);
        }
    }

    private async Task<Guid> CreateAsync(string route, object body)
    {
        var response = await _client.PostAsJsonAsync(route, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<Guid> ProductAsync(string sku, bool active) => CreateAsync("/api/core/products", new
    {
        sku, name = $"Product {sku}", productLine = "Audio", series = "A1", category = "Headphones",
        unitCost = 80m, listPrice = 199m, currency = "CNY", active,
    });

    private async Task<int> OrderCountAsync() =>
        (await _client.GetFromJsonAsync<JsonElement>("/api/core/orders?pageSize=1")).GetProperty("totalCount").GetInt32();

    [Fact]
    public async Task Each_reference_the_database_refuses_is_a_400_naming_that_field_and_nothing_is_written()
    {
        var customer = await CreateAsync("/api/core/customers", new { code = "C-1", name = "明远贸易", industry = "Retail", size = "Medium", customerType = "KeyAccount" });
        var product = await ProductAsync("P-1", active: true);
        var inactive = await ProductAsync("P-OLD", active: false);
        object Order(string number, Guid customerId, Guid productId, Guid? storeId = null, Guid? partnerId = null, Guid? repId = null) => new
        {
            number, customerId, channel = "Direct", storeId, partnerId, repId, orderedAt = "2026-06-18T10:00:00Z",
            lines = new[]
            {
                new { productId = product, quantity = 1, listPrice = 10m, netPrice = 10m },
                new { productId, quantity = 2, listPrice = 10m, netPrice = 9m },
            },
        };
        await CreateAsync("/api/core/orders", Order("SO-1", customer, product));
        var cases = new (string Field, object Body)[]
        {
            ("customerId", Order("SO-2", Guid.NewGuid(), product)),
            ("storeId", Order("SO-2", customer, product, storeId: Guid.NewGuid())),
            ("partnerId", Order("SO-2", customer, product, partnerId: Guid.NewGuid())),
            ("repId", Order("SO-2", customer, product, repId: Guid.NewGuid())),
            ("lines[1].productId", Order("SO-2", customer, Guid.NewGuid())),
            ("lines[1].productId", Order("SO-2", customer, inactive)),
            ("number", Order("SO-1", customer, product)),
        };

        foreach (var (field, body) in cases)
        {
            var response = await _client.PostAsJsonAsync("/api/core/orders", body);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field}: {(int)response.StatusCode} {text}");
            var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
            Assert.Equal([field], errors.EnumerateObject().Select(e => e.Name));
        }

        Assert.Equal(1, await OrderCountAsync());
        await CreateAsync("/api/core/orders", Order("SO-2", customer, product));
        Assert.Equal(2, await OrderCountAsync());
    }

    [Fact]
    public async Task An_update_that_points_an_order_at_a_missing_customer_is_a_400_and_the_order_is_unchanged()
    {
        var customer = await CreateAsync("/api/core/customers", new { code = "C-2", name = "远航科技", industry = "Retail", size = "Small", customerType = "SmallBusiness" });
        var product = await ProductAsync("P-2", active: true);
        var order = await CreateAsync("/api/core/orders", new
        {
            number = "SO-9", customerId = customer, channel = "Direct", orderedAt = "2026-06-18T10:00:00Z",
            lines = new[] { new { productId = product, quantity = 1, listPrice = 10m, netPrice = 10m } },
        });

        var response = await _client.PatchAsJsonAsync($"/api/core/orders/{order}", new { customerId = Guid.NewGuid() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["customerId"], (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var stored = await _client.GetFromJsonAsync<JsonElement>($"/api/core/orders/{order}");
        Assert.Equal(customer, stored.GetProperty("customerId").GetGuid());
    }
}

public sealed class SqliteOrderReferenceApiTests() : OrderReferenceApiTests(TestProvider.Sqlite);

public sealed class PostgreSqlOrderReferenceApiTests() : OrderReferenceApiTests(TestProvider.PostgreSql);

[OnlyWithEnvironment(TestProvider.SqlServerVariable)]
public sealed class SqlServerOrderReferenceApiTests() : OrderReferenceApiTests(TestProvider.SqlServer);
