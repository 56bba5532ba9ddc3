using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.CoreApi;
using Platform.Host.Tests.PricingApi;
using Platform.Host.Tests.Support;
using Platform.Host.Tests.Tenants;
using Xunit;

namespace Platform.Host.Tests.Access;

/// <summary>
/// The issue's findings as a sales user and a sales manager see them: a principal with only the default
/// sales role changes no price, promotion or product price, and nobody approves their own discount through
/// a second key; the platform administrator's key is refused (403) on module routes; salaries are masked.
/// </summary>
public abstract class SalesRolePermissionTests(CorePlatformFixture fixture) : IAsyncLifetime
{
    private TestPlatform Platform => fixture.Platform;

    private HttpClient Admin => Platform.Client;

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(Guid Customer, Guid Product)> CustomerAndProductAsync(string suffix)
    {
        var customer = await Admin.CreatedAsync("/api/core/customers", new
        {
            code = $"C-{suffix}", name = "北京远航科技有限公司", industry = "Retail", size = "Medium", customerType = "KeyAccount",
        });
        var product = await Admin.CreatedAsync("/api/core/products", new
        {
            sku = $"P-{suffix}", name = "Speaker", productLine = "Audio", series = "S1", category = "Speakers",
            unitCost = 40m, listPrice = 100m, currency = "CNY", active = true,
        });
        return (customer.GetProperty("id").GetGuid(), product.GetProperty("id").GetGuid());
    }

    private static object Order(string number, Guid customer, Guid product, decimal netPrice) => new
    {
        number, customerId = customer, channel = "Online", orderedAt = "2026-03-11T10:00:00+08:00", status = "Draft",
        lines = new[] { new { productId = product, quantity = 1, listPrice = 1m, netPrice } },
    };

    private static async Task<int> CountAsync(HttpClient client, string route) =>
        (await client.GetFromJsonAsync<JsonElement>($"{route}?pageSize=1")).GetProperty("totalCount").GetInt32();

    [Fact]
    public async Task The_demo_sales_user_changes_no_price_promotion_or_product_price()
    {
        var (_, product) = await CustomerAndProductAsync("SU");
        var user = Platform.SalesUser();
        var legacyUser = await Platform.IssueKeyAsync(Admin, "demo", "tenant-user");

        foreach (var client in new[] { user, legacyUser })
        {
            var promotion = await client.PostAsJsonAsync("/api/pricing/promotions", new
            {
                code = "ALL-90", name = "90% off", kind = "DirectCut", layer = "UnitPrice", mode = "BestPrice",
                startsAt = "2026-01-01T00:00:00+08:00", endsAt = "2027-01-01T00:00:00+08:00", parameters = new { percentOff = 90m },
            });
            var priceList = await client.PostAsJsonAsync("/api/pricing/price-lists", new
            {
                code = "ONE-CNY", name = "1 CNY", channel = "Online", currency = "CNY", priority = 99, items = new[] { new { productId = product, unitPrice = 1m } },
            });
            var method = await client.PostAsJsonAsync("/api/pricing/methods", new { productId = product, method = "CostPlus", marginPercent = 1m });
            var listPrice = await client.PatchAsJsonAsync($"/api/core/products/{product}", new { listPrice = 0.01m });
            var newProduct = await client.PostAsJsonAsync("/api/core/products", new
            {
                sku = "P-CHEAP", name = "Cheap", productLine = "Audio", series = "S1", category = "Speakers", unitCost = 0.01m, listPrice = 0.01m, currency = "CNY", active = true,
            });

            Assert.Equal("pricing.write", (await promotion.ProblemAsync(HttpStatusCode.Forbidden)).GetProperty("permission").GetString());
            Assert.Equal("pricing.write", (await priceList.ProblemAsync(HttpStatusCode.Forbidden)).GetProperty("permission").GetString());
            Assert.Equal("pricing.write", (await method.ProblemAsync(HttpStatusCode.Forbidden)).GetProperty("permission").GetString());
            Assert.Equal("core.products.write", (await listPrice.ProblemAsync(HttpStatusCode.Forbidden)).GetProperty("permission").GetString());
            Assert.Equal("core.products.write", (await newProduct.ProblemAsync(HttpStatusCode.Forbidden)).GetProperty("permission").GetString());
        }
        Assert.Equal(0, await CountAsync(Admin, "/api/pricing/promotions"));
        Assert.Equal(0, await CountAsync(Admin, "/api/pricing/price-lists"));
        Assert.Equal(0, await CountAsync(Admin, "/api/pricing/methods"));
        Assert.Equal(100m, (await Admin.GetFromJsonAsync<JsonElement>($"/api/core/products/{product}")).GetProperty("listPrice").GetDecimal());
    }

    [Fact]
    public async Task The_demo_sales_user_sells_at_the_tenants_prices()
    {
        var (customer, product) = await CustomerAndProductAsync("SELL");
        var user = Platform.SalesUser();

        var order = await user.CreatedAsync("/api/core/orders", Order("SO-SELL", customer, product, netPrice: 100m));
        var products = await user.GetFromJsonAsync<JsonElement>("/api/core/products");
        var quote = await user.PostAsJsonAsync("/api/pricing/quote", new { channel = "Online", lines = new[] { new { productId = product, quantity = 1 } } });

        Assert.Equal(100m, order.GetProperty("lines")[0].GetProperty("netPrice").GetDecimal());
        Assert.Equal(1, products.GetProperty("totalCount").GetInt32());
        Assert.Equal(HttpStatusCode.OK, quote.StatusCode);
    }

    [Fact]
    public async Task Nobody_approves_their_own_discount_through_a_second_key_and_a_sales_user_approves_nothing()
    {
        var (customer, product) = await CustomerAndProductAsync("SOD");
        var manager = await Admin.CreatePrincipalAsync("demo", "sales-manager");
        var firstKey = await Platform.KeyOfAsync(Admin, "demo", manager);
        var secondKey = await Platform.KeyOfAsync(Admin, "demo", manager);
        var otherManager = await Platform.DemoPrincipalAsync("sales-manager");

        var order = await firstKey.CreatedAsync("/api/core/orders", Order("SO-SOD", customer, product, netPrice: 80m));
        var orderId = order.GetProperty("id").GetGuid();
        var pricing = await Admin.GetFromJsonAsync<JsonElement>($"/api/pricing/orders/{orderId}/pricing");
        var bySecondKey = await secondKey.PostAsJsonAsync($"/api/pricing/approvals/{orderId}/approve", new { reason = "my own deal, other key" });
        var bySalesUser = await Platform.SalesUser().PostAsJsonAsync($"/api/pricing/approvals/{orderId}/approve", new { reason = "not mine to decide" });
        var byOtherManager = await otherManager.PostAsJsonAsync($"/api/pricing/approvals/{orderId}/approve", new { reason = "Volume deal, approved." });

        Assert.Equal("Pending", pricing.GetProperty("approval").GetString());
        Assert.Equal("pricing.approve.manager", pricing.GetProperty("requiredPermission").GetString());
        Assert.Contains("priced themselves", (await bySecondKey.ProblemAsync(HttpStatusCode.Forbidden)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("pricing.approve", (await bySalesUser.ProblemAsync(HttpStatusCode.Forbidden)).GetProperty("permission").GetString());
        Assert.Equal(HttpStatusCode.OK, byOtherManager.StatusCode);
    }

    [Fact]
    public async Task A_manager_cannot_decide_a_discount_of_the_director_band()
    {
        var (customer, product) = await CustomerAndProductAsync("DIR");
        var order = await Platform.SalesUser().CreatedAsync("/api/core/orders", Order("SO-DIR", customer, product, netPrice: 50m));
        var orderId = order.GetProperty("id").GetGuid();

        var byManager = await Platform.SalesManager().PostAsJsonAsync($"/api/pricing/approvals/{orderId}/approve", new { reason = "beyond my band" });
        var completed = await Platform.SalesUser().PatchAsJsonAsync($"/api/core/orders/{orderId}", new { status = "Completed" });

        Assert.Contains("pricing.approve.director", (await byManager.ProblemAsync(HttpStatusCode.Forbidden)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, completed.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/pricing/approvals")]
    [InlineData("POST", "/api/pricing/quote")]
    [InlineData("GET", "/api/pricing/orders/00000000-0000-0000-0000-000000000001/pricing")]
    [InlineData("PUT", "/api/pricing/orders/00000000-0000-0000-0000-000000000001/options")]
    [InlineData("POST", "/api/pricing/approvals/00000000-0000-0000-0000-000000000001/approve")]
    [InlineData("POST", "/api/pricing/approvals/00000000-0000-0000-0000-000000000001/reject")]
    [InlineData("GET", "/api/pricing/analytics/elasticity/00000000-0000-0000-0000-000000000001")]
    [InlineData("GET", "/api/pricing/analytics/van-westendorp/x")]
    [InlineData("GET", "/api/pricing/analytics/promotion-roi/00000000-0000-0000-0000-000000000001")]
    [InlineData("GET", "/api/pricing/promotions")]
    // Issue 11 found 500s here: routes binding Pricing's DbContext resolved it without a tenant before any filter ran.
    public async Task The_platform_administrators_key_is_refused_on_pricing_routes(string method, string route)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), route);
        if (method != "GET")
        {
            request.Content = JsonContent.Create(new { reason = "platform admin tries" });
        }

        var response = await Platform.PlatformAdminClient.SendAsync(request);

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Base_salaries_are_null_without_the_salary_permission_and_cannot_be_filtered_on()
    {
        var team = await Admin.CreatedAsync("/api/core/teams", new { code = "T-SAL", name = "East" });
        await Admin.CreatedAsync("/api/core/reps", new
        {
            employeeNo = "E-SAL-1", name = "Chen Jing", teamId = team.GetProperty("id").GetGuid(), hiredOn = "2024-03-01", baseSalary = 12000m, currency = "CNY",
            email = "chen.jing@demo.example",
        });

        var asUser = await Platform.SalesUser().GetFromJsonAsync<JsonElement>("/api/core/reps");
        var asManager = await Platform.SalesManager().GetFromJsonAsync<JsonElement>("/api/core/reps");
        var filtered = await Platform.SalesUser().GetAsync("/api/core/reps?filter=baseSalary%20gt%2010000");
        var sorted = await Platform.SalesUser().GetAsync("/api/core/reps?sort=-baseSalary");

        var rep = Assert.Single(asUser.GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, rep.GetProperty("baseSalary").ValueKind);
        Assert.Equal("Chen Jing", rep.GetProperty("name").GetString());
        Assert.Equal(12000m, asManager.GetProperty("items")[0].GetProperty("baseSalary").GetDecimal());
        await filtered.ProblemAsync(HttpStatusCode.Forbidden);
        await sorted.ProblemAsync(HttpStatusCode.Forbidden);
    }
}

public sealed class SqliteSalesRolePermissionTests(SqliteCorePlatform fixture) : SalesRolePermissionTests(fixture), IClassFixture<SqliteCorePlatform>;

public sealed class PostgreSqlSalesRolePermissionTests(PostgreSqlCorePlatform fixture) : SalesRolePermissionTests(fixture), IClassFixture<PostgreSqlCorePlatform>;
