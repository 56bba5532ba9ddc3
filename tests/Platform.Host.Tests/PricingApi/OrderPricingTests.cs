using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.CoreApi;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.PricingApi;

/// <summary>
/// Orders priced by the Pricing module's steps: promotions set the net prices, a manual discount beyond the
/// automatic band waits for approval (with an audited decision), and coupon and flash-sale usage is taken
/// when orders complete, never past a limit even under concurrent completions.
/// </summary>
public abstract class OrderPricingTests(CorePlatformFixture fixture) : IAsyncLifetime
{
    private TestPlatform Platform => fixture.Platform;

    private HttpClient Client => Platform.Client;

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<JsonElement> CreateAsync(string route, object body) => Client.CreatedAsync(route, body);

    private async Task<(Guid Customer, Guid Product)> NewCustomerAndProductAsync(string suffix, decimal listPrice = 100m)
    {
        var customer = await CreateAsync("/api/core/customers", new
        {
            code = $"C-{suffix}", name = "上海明远贸易有限公司", industry = "Retail", size = "Medium", customerType = "KeyAccount",
        });
        var product = await CreateAsync("/api/core/products", new
        {
            sku = $"P-{suffix}", name = "Earbuds", productLine = "Audio", series = "A1", category = "Headphones",
            unitCost = 40m, listPrice, currency = "CNY", active = true,
        });
        return (customer.GetProperty("id").GetGuid(), product.GetProperty("id").GetGuid());
    }

    private static object Order(string number, Guid customer, Guid product, int quantity, decimal netPrice, string status = "Draft") => new
    {
        number, customerId = customer, channel = "Online", orderedAt = "2026-11-11T10:00:00+08:00", status,
        lines = new[] { new { productId = product, quantity, listPrice = 1m, netPrice } },
    };

    private async Task<HttpClient> SecondAdminAsync()
    {
        var key = await CreateAsync("/api/tenants/demo/keys", new { name = "Sales director", role = "tenant-admin" });
        return Platform.ClientWithKey(key.GetProperty("key").GetString());
    }

    [Fact]
    public async Task An_order_gets_its_base_and_promoted_prices_from_the_pricing_module()
    {
        var (customer, product) = await NewCustomerAndProductAsync("PROMO");
        await CreateAsync("/api/pricing/promotions", new
        {
            code = "D11-15", name = "双11 直降 15%", kind = "DirectCut", layer = "UnitPrice", mode = "BestPrice",
            startsAt = "2026-11-01T00:00:00+08:00", endsAt = "2026-11-12T00:00:00+08:00", parameters = new { percentOff = 15m },
        });

        var order = await CreateAsync("/api/core/orders", Order("SO-PROMO", customer, product, 2, netPrice: 100m));
        var pricing = await Client.GetFromJsonAsync<JsonElement>($"/api/pricing/orders/{order.GetProperty("id").GetGuid()}/pricing");

        var line = order.GetProperty("lines")[0];
        Assert.Equal(100m, line.GetProperty("listPrice").GetDecimal());
        Assert.Equal(85m, line.GetProperty("netPrice").GetDecimal());
        Assert.Equal(170m, order.GetProperty("totalAmount").GetDecimal());
        Assert.Equal("NotRequired", pricing.GetProperty("approval").GetString());
        Assert.Equal("D11-15", pricing.GetProperty("quote").GetProperty("pricing").GetProperty("applied")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_manual_discount_above_the_manager_band_waits_for_a_director_and_the_decision_is_audited()
    {
        var (customer, product) = await NewCustomerAndProductAsync("DISC");
        var order = await CreateAsync("/api/core/orders", Order("SO-DISC", customer, product, 1, netPrice: 60m));
        var orderId = order.GetProperty("id").GetGuid();

        var pending = await Client.GetFromJsonAsync<JsonElement>($"/api/pricing/orders/{orderId}/pricing");
        var confirm = await Client.PatchAsJsonAsync($"/api/core/orders/{orderId}", new { status = "Confirmed" });
        var selfApproval = await Client.PostAsJsonAsync($"/api/pricing/approvals/{orderId}/approve", new { reason = "my own deal" });
        var director = await SecondAdminAsync();
        var noReason = await director.PostAsJsonAsync($"/api/pricing/approvals/{orderId}/approve", new { reason = "" });
        var approved = await director.PostAsJsonAsync($"/api/pricing/approvals/{orderId}/approve", new { reason = "Strategic account, Q4 volume commitment." });
        var confirmedAfterwards = await Client.PatchAsJsonAsync($"/api/core/orders/{orderId}", new { status = "Confirmed" });

        Assert.Equal("Pending", pending.GetProperty("approval").GetString());
        Assert.Equal(40m, pending.GetProperty("manualDiscountPercent").GetDecimal());
        Assert.Equal(HttpStatusCode.BadRequest, confirm.StatusCode);
        Assert.True((await confirm.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("status", out _));
        Assert.Equal(HttpStatusCode.Forbidden, selfApproval.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var state = await approved.Content.ReadFromJsonAsync<JsonElement>();
        var decision = Assert.Single(state.GetProperty("decisions").EnumerateArray());
        Assert.Equal("Approved", decision.GetProperty("decision").GetString());
        Assert.Equal("Strategic account, Q4 volume commitment.", decision.GetProperty("reason").GetString());
        Assert.StartsWith("principal:", decision.GetProperty("decidedBy").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, confirmedAfterwards.StatusCode);
    }

    [Fact]
    public async Task A_discount_within_the_automatic_band_needs_no_approval()
    {
        var (customer, product) = await NewCustomerAndProductAsync("AUTO");

        var order = await CreateAsync("/api/core/orders", Order("SO-AUTO", customer, product, 1, netPrice: 92m, status: "Confirmed"));
        var pricing = await Client.GetFromJsonAsync<JsonElement>($"/api/pricing/orders/{order.GetProperty("id").GetGuid()}/pricing");

        Assert.Equal(92m, order.GetProperty("lines")[0].GetProperty("netPrice").GetDecimal());
        Assert.Equal("NotRequired", pricing.GetProperty("approval").GetString());
        Assert.Equal("Confirmed", order.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_single_use_coupon_code_is_counted_once_when_orders_complete()
    {
        var (customer, product) = await NewCustomerAndProductAsync("COUPON");
        var coupon = await CreateAsync("/api/pricing/promotions", new
        {
            code = "D11-CP", name = "满80减10", kind = "Coupon", layer = "Coupon", currency = "CNY",
            startsAt = "2026-11-01T00:00:00+08:00", parameters = new { codes = Array.Empty<string>(), threshold = 80m, amountOff = 10m },
        });
        await CreateAsync("/api/pricing/coupon-codes", new { promotionId = coupon.GetProperty("id").GetGuid(), code = "ONCE-ONLY", maxUses = 1 });
        var first = await CreateAsync("/api/core/orders", Order("SO-CP-1", customer, product, 1, 100m));
        var second = await CreateAsync("/api/core/orders", Order("SO-CP-2", customer, product, 1, 100m));
        foreach (var order in new[] { first, second })
        {
            var options = await Client.PutAsJsonAsync($"/api/pricing/orders/{order.GetProperty("id").GetGuid()}/options", new { couponCodes = new[] { "ONCE-ONLY" } });
            Assert.True(options.StatusCode == HttpStatusCode.OK, await options.Content.ReadAsStringAsync());
        }
        var priced = await Client.GetFromJsonAsync<JsonElement>($"/api/core/orders/{first.GetProperty("id").GetGuid()}");
        var versionBefore = (await Client.GetFromJsonAsync<JsonElement>("/api/pricing/coupon-codes")).GetProperty("items")[0].GetProperty("version").GetInt64();

        var completedFirst = await Client.PatchAsJsonAsync($"/api/core/orders/{first.GetProperty("id").GetGuid()}", new { status = "Completed" });
        var completedSecond = await Client.PatchAsJsonAsync($"/api/core/orders/{second.GetProperty("id").GetGuid()}", new { status = "Completed" });
        var code = (await Client.GetFromJsonAsync<JsonElement>("/api/pricing/coupon-codes")).GetProperty("items")[0];

        Assert.Equal(90m, priced.GetProperty("totalAmount").GetDecimal());
        Assert.Equal(HttpStatusCode.OK, completedFirst.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, completedSecond.StatusCode);
        Assert.Equal(1, code.GetProperty("usedCount").GetInt32());
        Assert.Equal(versionBefore + 1, code.GetProperty("version").GetInt64()); // the counted use is a change: a new ETag
        var secondOrder = await Client.GetFromJsonAsync<JsonElement>($"/api/core/orders/{second.GetProperty("id").GetGuid()}");
        Assert.Equal("Draft", secondOrder.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_coupon_limited_to_one_use_per_customer_is_used_once_under_concurrent_completions()
    {
        var (customer, product) = await NewCustomerAndProductAsync("CP-ONE");
        var coupon = await CreateAsync("/api/pricing/promotions", new
        {
            code = "D11-CP-ONE", name = "每人一次 满80减20", kind = "Coupon", layer = "Coupon", currency = "CNY",
            startsAt = "2026-11-01T00:00:00+08:00", parameters = new { codes = Array.Empty<string>(), threshold = 80m, amountOff = 20m },
        });
        await CreateAsync("/api/pricing/coupon-codes", new { promotionId = coupon.GetProperty("id").GetGuid(), code = "ONE-PER-CUSTOMER", maxUsesPerCustomer = 1 });
        var orders = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            var id = (await CreateAsync("/api/core/orders", Order($"SO-CP1-{i}", customer, product, 1, 100m))).GetProperty("id").GetGuid();
            var options = await Client.PutAsJsonAsync($"/api/pricing/orders/{id}/options", new { couponCodes = new[] { "ONE-PER-CUSTOMER" } });
            Assert.True(options.StatusCode == HttpStatusCode.OK, await options.Content.ReadAsStringAsync());
            orders.Add(id);
        }

        var results = await CompleteAllAsync(orders);

        Assert.Equal(1, results.Count(r => r == HttpStatusCode.OK));
        Assert.Equal(1, (await Client.GetFromJsonAsync<JsonElement>("/api/pricing/coupon-codes")).GetProperty("items")[0].GetProperty("usedCount").GetInt32());
    }

    [Fact]
    public async Task A_flash_sale_limited_to_four_units_per_customer_sells_one_customer_four_under_concurrent_completions()
    {
        var (customer, product) = await NewCustomerAndProductAsync("FLASH-4", listPrice: 300m);
        await CreateAsync("/api/pricing/promotions", new
        {
            code = "D11-FLASH-4", name = "秒杀 每人限4件", kind = "FlashSale", layer = "UnitPrice", mode = "Exclusive", currency = "CNY",
            startsAt = "2026-11-11T00:00:00+08:00", endsAt = "2026-11-12T00:00:00+08:00",
            parameters = new { flashUnitPrice = 199m, reservedStock = 1000, perCustomerLimit = 4 },
        });
        var orders = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            orders.Add((await CreateAsync("/api/core/orders", Order($"SO-FL4-{i}", customer, product, 2, 300m))).GetProperty("id").GetGuid());
        }

        var concurrent = await CompleteAllAsync(orders);
        // A completion that lost a race for the customer's first allowance row gets 409; completed again one by one, exactly the limit is sold.
        var retried = await CompleteAllAsync(orders.Where((_, i) => concurrent[i] != HttpStatusCode.OK).ToList(), oneByOne: true);

        Assert.InRange(concurrent.Count(r => r == HttpStatusCode.OK), 1, 2);
        Assert.Equal(2, concurrent.Count(r => r == HttpStatusCode.OK) + retried.Count(r => r == HttpStatusCode.OK));
    }

    /// <summary>Completes the orders at the same time (or one by one); every answer must be 200 or 409.</summary>
    private async Task<HttpStatusCode[]> CompleteAllAsync(IReadOnlyList<Guid> orders, bool oneByOne = false)
    {
        Task<HttpResponseMessage> Complete(Guid id) => Client.PatchAsJsonAsync($"/api/core/orders/{id}", new { status = "Completed" });
        var results = new List<HttpResponseMessage>();
        if (oneByOne)
        {
            foreach (var id in orders)
            {
                results.Add(await Complete(id));
            }
        }
        else
        {
            results.AddRange(await Task.WhenAll(orders.Select(Complete)));
        }
        foreach (var result in results)
        {
            Assert.True(result.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{(int)result.StatusCode}: {await result.Content.ReadAsStringAsync()}");
        }
        return [.. results.Select(r => r.StatusCode)];
    }

    [Fact]
    public async Task Concurrent_orders_against_a_flash_sale_with_100_reserved_units_never_sell_more_than_100()
    {
        var (customer, product) = await NewCustomerAndProductAsync("FLASH", listPrice: 300m);
        await CreateAsync("/api/pricing/promotions", new
        {
            code = "D11-FLASH", name = "秒杀", kind = "FlashSale", layer = "UnitPrice", mode = "Exclusive", currency = "CNY",
            startsAt = "2026-11-11T00:00:00+08:00", endsAt = "2026-11-12T00:00:00+08:00",
            parameters = new { flashUnitPrice = 199m, reservedStock = 100 },
        });
        var orders = new List<Guid>();
        for (var i = 0; i < 30; i++)
        {
            var order = await CreateAsync("/api/core/orders", Order($"SO-FLASH-{i:00}", customer, product, 4, 300m));
            Assert.Equal(199m, order.GetProperty("lines")[0].GetProperty("netPrice").GetDecimal());
            orders.Add(order.GetProperty("id").GetGuid());
        }

        var results = await Task.WhenAll(orders.Select(id => Client.PatchAsJsonAsync($"/api/core/orders/{id}", new { status = "Completed" })));

        Assert.All(results, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, r.StatusCode.ToString()));
        Assert.Equal(25, results.Count(r => r.StatusCode == HttpStatusCode.OK));
        var completed = 0;
        foreach (var id in orders)
        {
            var order = await Client.GetFromJsonAsync<JsonElement>($"/api/core/orders/{id}");
            completed += order.GetProperty("status").GetString() == "Completed" ? 1 : 0;
        }
        Assert.Equal(25, completed);
    }
}

public sealed class SqliteOrderPricingTests(SqliteCorePlatform fixture) : OrderPricingTests(fixture), IClassFixture<SqliteCorePlatform>;

public sealed class PostgreSqlOrderPricingTests(PostgreSqlCorePlatform fixture) : OrderPricingTests(fixture), IClassFixture<PostgreSqlCorePlatform>;

[OnlyWithEnvironment(TestProvider.SqlServerVariable)]
public sealed class SqlServerOrderPricingTests(SqlServerCorePlatform fixture) : OrderPricingTests(fixture), IClassFixture<SqlServerCorePlatform>;
