using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.CoreApi;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.PricingApi;

/// <summary>
/// The Pricing module's records over HTTP on every provider: price lists, promotions, methods and coupon
/// codes are stored as sent and read back, and bad input is a 400 naming the field with nothing written.
/// </summary>
public abstract class PricingApiTests(CorePlatformFixture fixture) : IAsyncLifetime
{
    private HttpClient Client => fixture.Platform.Client;

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<JsonElement> CreateAsync(string route, object body) => Client.CreatedAsync(route, body);

    private async Task<JsonElement> ErrorsAsync(string route, object body)
    {
        var response = await Client.PostAsJsonAsync(route, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("errors");
    }

    private async Task<int> CountAsync(string route) =>
        (await Client.GetFromJsonAsync<JsonElement>(route)).GetProperty("totalCount").GetInt32();

    private async Task<Guid> NewProductAsync(string sku) => (await CreateAsync("/api/core/products", new
    {
        sku, name = $"Product {sku}", productLine = "Audio", series = "A1", category = "Headphones",
        unitCost = 75m, listPrice = 200m, currency = "CNY", active = true,
    })).GetProperty("id").GetGuid();

    private static object DirectCut(string code, object parameters, string startsAt = "2026-06-01T00:00:00+08:00", string? endsAt = "2026-06-19T00:00:00+08:00") => new
    {
        code, name = $"Promotion {code}", kind = "DirectCut", startsAt, endsAt, mode = "BestPrice", priority = 1, layer = "UnitPrice",
        parameters, applicability = new { categories = new[] { "Headphones" } },
    };

    [Fact]
    public async Task A_price_list_with_items_is_stored_and_read_back_as_sent()
    {
        var product = await NewProductAsync("P-LIST");

        var created = await CreateAsync("/api/pricing/price-lists", new
        {
            code = "CN-STORE-2026", name = "门店价 2026", channel = "Store", currency = "CNY",
            effectiveFrom = "2026-01-01T00:00:00+08:00", effectiveTo = "2027-01-01T00:00:00+08:00", priority = 10,
            items = new[] { new { productId = product, unitPrice = 189.5m } },
        });
        var read = await Client.GetStringAsync($"/api/pricing/price-lists/{created.GetProperty("id").GetGuid()}");

        Assert.Equal(read, created.GetRawText());
        Assert.Equal(189.5m, created.GetProperty("items")[0].GetProperty("unitPrice").GetDecimal());
        Assert.Equal("2025-12-31T16:00:00+00:00", created.GetProperty("effectiveFrom").GetString());
    }

    [Fact]
    public async Task A_price_list_naming_an_unknown_product_or_ending_before_it_starts_is_400_and_not_written()
    {
        var unknownProduct = await ErrorsAsync("/api/pricing/price-lists", new
        {
            code = "BAD-1", name = "Bad", currency = "CNY", items = new[] { new { productId = Guid.NewGuid(), unitPrice = 1m } },
        });
        var backwards = await ErrorsAsync("/api/pricing/price-lists", new
        {
            code = "BAD-2", name = "Bad", currency = "CNY", effectiveFrom = "2026-02-01T00:00:00Z", effectiveTo = "2026-01-01T00:00:00Z",
        });

        Assert.Contains("does not exist", unknownProduct.GetProperty("items[0].productId")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("after effectiveFrom", backwards.GetProperty("effectiveTo")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("/api/pricing/price-lists"));
    }

    [Fact]
    public async Task A_promotion_is_stored_with_its_applicability_and_parameters_as_objects()
    {
        var created = await CreateAsync("/api/pricing/promotions", DirectCut("618-AUDIO", new { percentOff = 20m }));
        var read = await Client.GetStringAsync($"/api/pricing/promotions/{created.GetProperty("id").GetGuid()}");

        Assert.Equal(read, created.GetRawText());
        Assert.Equal(20m, created.GetProperty("parameters").GetProperty("percentOff").GetDecimal());
        Assert.Equal("Headphones", created.GetProperty("applicability").GetProperty("categories")[0].GetString());
        Assert.Equal("DirectCut", created.GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("{\"percentOff\": 120}", "parameters.percentOff")]
    [InlineData("{\"percentOff\": -5}", "parameters.percentOff")]
    [InlineData("{\"percentOff\": 10, \"amountOffPerUnit\": 5}", "parameters")]
    [InlineData("{\"buyQuantity\": 2}", "parameters.buyQuantity")]
    [InlineData("{}", "parameters")]
    public async Task A_promotion_with_bad_parameters_is_400_naming_the_field(string parameters, string field)
    {
        var errors = await ErrorsAsync("/api/pricing/promotions", DirectCut("BAD", JsonDocument.Parse(parameters).RootElement));

        Assert.True(errors.TryGetProperty(field, out _), errors.GetRawText());
        Assert.Equal(0, await CountAsync("/api/pricing/promotions"));
    }

    [Fact]
    public async Task A_promotion_ending_before_it_starts_or_naming_an_unknown_product_is_400()
    {
        var backwards = await ErrorsAsync("/api/pricing/promotions",
            DirectCut("BACKWARDS", new { percentOff = 10m }, startsAt: "2026-06-18T00:00:00Z", endsAt: "2026-06-01T00:00:00Z"));
        var unknown = await ErrorsAsync("/api/pricing/promotions", new
        {
            code = "GHOST", name = "Ghost", kind = "DirectCut", startsAt = "2026-06-01T00:00:00Z", layer = "UnitPrice",
            parameters = new { percentOff = 10m }, applicability = new { productIds = new[] { Guid.NewGuid().ToString() } },
        });

        Assert.True(backwards.TryGetProperty("endsAt", out _), backwards.GetRawText());
        Assert.True(unknown.TryGetProperty("applicability.productIds[0]", out _), unknown.GetRawText());
    }

    [Fact]
    public async Task Contradictory_pricing_methods_are_400_naming_the_field()
    {
        var product = await NewProductAsync("P-METHOD");

        var both = await ErrorsAsync("/api/pricing/methods", new { productId = product, category = "Headphones", method = "CostPlus", marginPercent = 30m });
        var costPlusWithoutMargin = await ErrorsAsync("/api/pricing/methods", new { productId = product, method = "CostPlus" });
        var listWithMargin = await ErrorsAsync("/api/pricing/methods", new { category = "Headphones", method = "List", marginPercent = 30m });
        var created = await CreateAsync("/api/pricing/methods", new { productId = product, method = "CostPlus", marginPercent = 30m });

        Assert.True(both.TryGetProperty("productId", out _));
        Assert.True(costPlusWithoutMargin.TryGetProperty("marginPercent", out _));
        Assert.True(listWithMargin.TryGetProperty("marginPercent", out _));
        Assert.Equal(30m, created.GetProperty("marginPercent").GetDecimal());
    }

    [Theory]
    [InlineData("""{"automaticDiscountLimitPercent": 20, "managerDiscountLimitPercent": 15}""", "ManagerDiscountLimitPercent")]
    [InlineData("""{"automaticDiscountLimitPercent": 120}""", "automaticDiscountLimitPercent")]
    [InlineData("""{"currencyDecimals": "JPY=0"}""", "currencyDecimals")]
    [InlineData("""{"compounding": "Sometimes"}""", "compounding")]
    [InlineData("""{"managerApproverRole": "platform-admin"}""", "managerApproverRole")]
    public async Task Contradictory_or_out_of_range_pricing_settings_are_400_naming_the_field(string body, string field)
    {
        const string route = "/api/tenants/demo/modules/platform.pricing/settings";

        var response = await Client.PutAsync(route, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var settings = (await Client.GetFromJsonAsync<JsonElement>(route)).GetProperty("settings");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var names = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains(names, n => string.Equals(n, field, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(10m, settings.GetProperty("automaticDiscountLimitPercent").GetDecimal());
    }

    [Fact]
    public async Task Coupon_codes_belong_to_coupon_promotions_only()
    {
        var directCut = await CreateAsync("/api/pricing/promotions", DirectCut("NOT-A-COUPON", new { percentOff = 5m }));
        var coupon = await CreateAsync("/api/pricing/promotions", new
        {
            code = "C618", name = "满150减10", kind = "Coupon", startsAt = "2026-06-01T00:00:00+08:00", layer = "Coupon", currency = "CNY",
            parameters = new { codes = Array.Empty<string>(), threshold = 150m, amountOff = 10m },
        });

        var wrongKind = await ErrorsAsync("/api/pricing/coupon-codes", new { promotionId = directCut.GetProperty("id").GetGuid(), code = "X1" });
        var code = await CreateAsync("/api/pricing/coupon-codes", new { promotionId = coupon.GetProperty("id").GetGuid(), code = "618-ABC", maxUses = 1, maxUsesPerCustomer = 1 });

        Assert.Contains("Coupon promotions", wrongKind.GetProperty("promotionId")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("618-ABC", code.GetProperty("code").GetString());
    }
}

public sealed class SqlitePricingApiTests(SqliteCorePlatform fixture) : PricingApiTests(fixture), IClassFixture<SqliteCorePlatform>;

public sealed class PostgreSqlPricingApiTests(PostgreSqlCorePlatform fixture) : PricingApiTests(fixture), IClassFixture<PostgreSqlCorePlatform>;

[OnlyWithEnvironment(TestProvider.SqlServerVariable)]
public sealed class SqlServerPricingApiTests(SqlServerCorePlatform fixture) : PricingApiTests(fixture), IClassFixture<SqlServerCorePlatform>;
