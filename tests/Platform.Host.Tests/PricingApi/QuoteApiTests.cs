using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.CoreApi;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.PricingApi;

/// <summary>Pricing a cart through <c>POST /api/pricing/quote</c> (the <c>pricing.quote</c> message) on every provider.</summary>
public abstract class QuoteApiTests(CorePlatformFixture fixture) : IAsyncLifetime
{
    private HttpClient Client => fixture.Platform.Client;

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<JsonElement> CreateAsync(string route, object body) => Client.CreatedAsync(route, body);

    private async Task<Guid> NewProductAsync(string sku, decimal listPrice, decimal unitCost = 75m) => (await CreateAsync("/api/core/products", new
    {
        sku, name = $"Product {sku}", productLine = "Audio", series = "A1", category = "Headphones",
        unitCost, listPrice, currency = "CNY", active = true,
    })).GetProperty("id").GetGuid();

    private async Task<JsonElement> QuoteAsync(object cart)
    {
        var response = await Client.PostAsJsonAsync("/api/pricing/quote", cart);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static object Promotion(string code, string kind, string layer, object parameters, string mode = "Compound") => new
    {
        code, name = code, kind, layer, mode, currency = "CNY", parameters,
        startsAt = "2026-06-01T00:00:00+08:00", endsAt = "2026-06-19T00:00:00+08:00",
    };

    [Fact]
    public async Task List_200_special_price_180_then_threshold_then_coupon_gives_160_with_every_step_explained()
    {
        var product = await NewProductAsync("P-618", 200m);
        await CreateAsync("/api/pricing/promotions", Promotion("SPECIAL-180", "DirectCut", "UnitPrice", new { specialUnitPrice = 180m }));
        await CreateAsync("/api/pricing/promotions", Promotion("MJ-100-10", "Threshold", "OrderThreshold", new { tiers = new[] { new { threshold = 100m, amountOff = 10m } } }));
        var coupon = await CreateAsync("/api/pricing/promotions", Promotion("CP-150-10", "Coupon", "Coupon", new { codes = Array.Empty<string>(), threshold = 150m, amountOff = 10m }));
        await CreateAsync("/api/pricing/coupon-codes", new { promotionId = coupon.GetProperty("id").GetGuid(), code = "SAVE10-A1" });

        var quote = await QuoteAsync(new
        {
            channel = "Online", at = "2026-06-18T10:00:00+08:00", couponCodes = new[] { "SAVE10-A1", "NO-SUCH-CODE" },
            lines = new[] { new { productId = product, quantity = 1 } },
        });

        var pricing = quote.GetProperty("pricing");
        var line = pricing.GetProperty("lines")[0];
        Assert.Equal(200m, line.GetProperty("basePrice").GetProperty("unitPrice").GetDecimal());
        Assert.Equal(160m, line.GetProperty("netAmount").GetDecimal());
        Assert.Equal(["SPECIAL-180", "MJ-100-10", "CP-150-10"], pricing.GetProperty("applied").EnumerateArray().Select(a => a.GetProperty("code").GetString()));
        Assert.Equal([20m, 10m, 10m], pricing.GetProperty("applied").EnumerateArray().Select(a => a.GetProperty("amount").GetDecimal()));
        var rejected = Assert.Single(quote.GetProperty("rejectedCoupons").EnumerateArray());
        Assert.Equal("NO-SUCH-CODE", rejected.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Cost_75_with_a_30_percent_cost_plus_margin_is_priced_97_50()
    {
        var product = await NewProductAsync("P-COST", 120m, unitCost: 75m);
        await CreateAsync("/api/pricing/methods", new { productId = product, method = "CostPlus", marginPercent = 30m });

        var quote = await QuoteAsync(new { channel = "Store", lines = new[] { new { productId = product, quantity = 2 } } });

        var line = quote.GetProperty("pricing").GetProperty("lines")[0];
        Assert.Equal(97.50m, line.GetProperty("basePrice").GetProperty("unitPrice").GetDecimal());
        Assert.Equal("CostPlus", line.GetProperty("basePrice").GetProperty("source").GetProperty("kind").GetString());
        Assert.Equal(195m, line.GetProperty("netAmount").GetDecimal());
    }

    [Fact]
    public async Task A_promotion_outside_its_window_is_listed_as_not_applied_with_the_reason()
    {
        var product = await NewProductAsync("P-LATE", 100m);
        await CreateAsync("/api/pricing/promotions", Promotion("JUNE-10", "DirectCut", "UnitPrice", new { percentOff = 10m }));

        var quote = await QuoteAsync(new { channel = "Online", at = "2026-07-01T10:00:00+08:00", lines = new[] { new { productId = product, quantity = 1 } } });

        var pricing = quote.GetProperty("pricing");
        Assert.Equal(100m, pricing.GetProperty("lines")[0].GetProperty("netAmount").GetDecimal());
        var notApplied = Assert.Single(pricing.GetProperty("notApplied").EnumerateArray());
        Assert.Equal("JUNE-10", notApplied.GetProperty("code").GetString());
        Assert.Equal("OutsideWindow", notApplied.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_customer_group_price_list_applies_as_soon_as_the_customer_changes_group()
    {
        var product = await NewProductAsync("P-KA", 100m);
        var customer = (await CreateAsync("/api/core/customers", new
        {
            code = "C-KA", name = "Acme", industry = "Retail", size = "Large", customerType = "Consumer",
        })).GetProperty("id").GetGuid();
        await CreateAsync("/api/pricing/price-lists", new
        {
            code = "KA-2026", name = "Key accounts", customerGroup = "KeyAccount", currency = "CNY", priority = 5,
            items = new[] { new { productId = product, unitPrice = 88m } },
        });
        object Cart() => new { channel = "Direct", customerId = customer, lines = new[] { new { productId = product, quantity = 1 } } };

        var asConsumer = await QuoteAsync(Cart());
        var changed = await Client.PatchAsJsonAsync($"/api/core/customers/{customer}", new { customerType = "KeyAccount" });
        var asKeyAccount = await QuoteAsync(Cart());

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(100m, asConsumer.GetProperty("pricing").GetProperty("lines")[0].GetProperty("netAmount").GetDecimal());
        Assert.Equal(88m, asKeyAccount.GetProperty("pricing").GetProperty("lines")[0].GetProperty("netAmount").GetDecimal());
    }

    [Fact]
    public async Task A_cart_with_an_unknown_product_or_customer_is_400_naming_the_field()
    {
        var product = await NewProductAsync("P-OK", 100m);

        var response = await Client.PostAsJsonAsync("/api/pricing/quote", new
        {
            channel = "Online", customerId = Guid.NewGuid(),
            lines = new[] { new { productId = product, quantity = 1 }, new { productId = Guid.NewGuid(), quantity = 1 } },
        });
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.TryGetProperty("lines[1].productId", out _), errors.GetRawText());
        Assert.True(errors.TryGetProperty("customerId", out _), errors.GetRawText());
    }
}

public sealed class SqliteQuoteApiTests(SqliteCorePlatform fixture) : QuoteApiTests(fixture), IClassFixture<SqliteCorePlatform>;

public sealed class PostgreSqlQuoteApiTests(PostgreSqlCorePlatform fixture) : QuoteApiTests(fixture), IClassFixture<PostgreSqlCorePlatform>;

[OnlyWithEnvironment(TestProvider.SqlServerVariable)]
public sealed class SqlServerQuoteApiTests(SqlServerCorePlatform fixture) : QuoteApiTests(fixture), IClassFixture<SqlServerCorePlatform>;
