using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.CoreApi;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.PricingApi;

/// <summary>
/// The pricing analytics API over data created through the Core and Pricing APIs: elasticity from order history,
/// the price-change what-if, Van Westendorp over stored survey responses and promotion ROI, on every provider.
/// </summary>
public abstract class AnalyticsApiTests(CorePlatformFixture fixture) : IAsyncLifetime
{
    private AnalyticsTestData Data => new(fixture.Platform.Client);

    private HttpClient Client => fixture.Platform.Client;

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Weekly_orders_at_two_price_levels_give_the_log_log_elasticity_and_leave_drafts_and_other_products_out()
    {
        var customer = await Data.CustomerAsync("ELAST");
        var product = await Data.ProductAsync("P-ELAST", 100m);
        var other = await Data.ProductAsync("P-OTHER", 100m);
        int[] atFullPrice = [10, 11, 9];
        int[] atLowerPrice = [12, 13, 11];
        var weeks = atFullPrice.Select(q => (Quantity: q, Price: 100m)).Concat(atLowerPrice.Select(q => (Quantity: q, Price: 92m))).ToList();
        for (var week = 0; week < weeks.Count; week++)
        {
            var wednesday = new DateTimeOffset(2026, 6, 3, 10, 0, 0, TimeSpan.FromHours(8)).AddDays(7 * week);
            await Data.OrderAsync($"SO-E-{week}", customer, product, weeks[week].Quantity, weeks[week].Price, wednesday);
        }
        await Data.OrderAsync("SO-E-DRAFT", customer, product, 500, 92m, new DateTimeOffset(2026, 6, 4, 10, 0, 0, TimeSpan.FromHours(8)), status: "Draft");
        await Data.OrderAsync("SO-E-OTHER", customer, other, 500, 100m, new DateTimeOffset(2026, 6, 4, 10, 0, 0, TimeSpan.FromHours(8)));

        var body = await Data.GetOkAsync($"/api/pricing/analytics/elasticity/{product}?from=2026-06-01&to=2026-07-13&period=week&confidence=0.9");

        var expected = (atLowerPrice.Average(q => Math.Log(q)) - atFullPrice.Average(q => Math.Log(q))) / (Math.Log(92) - Math.Log(100));
        var estimate = body.GetProperty("estimate");
        Assert.Equal("Estimated", estimate.GetProperty("status").GetString());
        Assert.Equal(6, estimate.GetProperty("pointCount").GetInt32());
        Assert.Equal(expected, estimate.GetProperty("elasticity").GetDouble(), 9);
        Assert.True(expected < -2, $"{expected}");
        Assert.Equal("Elastic", estimate.GetProperty("class").GetString());
        Assert.InRange(expected, estimate.GetProperty("confidenceLow").GetDouble(), estimate.GetProperty("confidenceHigh").GetDouble());
        Assert.Equal(ExpectedRSquared(atFullPrice, atLowerPrice), estimate.GetProperty("rSquared").GetDouble(), 9);
        var first = estimate.GetProperty("points")[0];
        Assert.Equal("2026-W23", first.GetProperty("period").GetString());
        Assert.Equal(100m, first.GetProperty("price").GetDecimal());
        Assert.Equal(10m, first.GetProperty("quantity").GetDecimal());
    }

    // With two prices the fitted line passes through each price's mean log quantity, so R² = 1 − within-group ÷ total squares.
    private static double ExpectedRSquared(params int[][] groups)
    {
        var all = groups.SelectMany(g => g.Select(q => Math.Log(q))).ToList();
        var total = all.Sum(y => Math.Pow(y - all.Average(), 2));
        var within = groups.Sum(g => g.Sum(q => Math.Pow(Math.Log(q) - g.Average(x => Math.Log(x)), 2)));
        return 1 - within / total;
    }

    [Fact]
    public async Task What_if_elasticity_minus_2_and_a_10_percent_rise_loses_20_percent_quantity_and_12_percent_revenue()
    {
        var body = await Data.PostOkAsync("/api/pricing/analytics/what-if", new { elasticity = -2.0m, currentPrice = 100m, currentQuantity = 50m, priceChangePercent = 10m });

        Assert.Equal(-20m, body.GetProperty("quantityChangePercent").GetDecimal());
        Assert.Equal(-12m, body.GetProperty("revenueChangePercent").GetDecimal());
        Assert.Equal(110m, body.GetProperty("newPrice").GetDecimal());
        Assert.Equal(40m, body.GetProperty("newQuantity").GetDecimal());
        Assert.Equal(5000m, body.GetProperty("currentRevenue").GetDecimal());
        Assert.Equal(4400m, body.GetProperty("newRevenue").GetDecimal());
        Assert.False(body.GetProperty("quantityFloored").GetBoolean());
    }

    [Fact]
    public async Task Van_westendorp_over_posted_responses_drops_the_inconsistent_ones_and_finds_the_price_points()
    {
        var product = await Data.ProductAsync("P-VW", 35m);
        var other = await Data.ProductAsync("P-VW-OTHER", 5m);
        decimal[][] answers = [[10, 20, 30, 40], [20, 30, 40, 50], [30, 20, 40, 50], [10, 20, 20, 30]];
        foreach (var a in answers)
        {
            await Data.SurveyResponseAsync("VW-1", product, a);
        }
        await Data.SurveyResponseAsync("VW-1", other, [1, 2, 3, 4]);
        await Data.SurveyResponseAsync("VW-2", product, [5, 6, 7, 8]);

        var body = await Data.GetOkAsync($"/api/pricing/analytics/van-westendorp/VW-1?productId={product}");
        var byMax = await Data.GetOkAsync($"/api/pricing/analytics/van-westendorp/VW-1?productId={product}&method=max&definition=classic");
        var wholeSurvey = await Data.GetOkAsync("/api/pricing/analytics/van-westendorp/VW-1");

        Assert.Equal("Analysed", body.GetProperty("status").GetString());
        Assert.Equal(4, body.GetProperty("totalResponses").GetInt32());
        Assert.Equal(2, body.GetProperty("respondentsUsed").GetInt32());
        Assert.Equal(2, body.GetProperty("droppedInconsistent").GetInt32());
        // Curves of the two consistent respondents on the grid 10..50 meet at these prices (worked by hand in the report).
        Assert.Equal(20m, body.GetProperty("pointOfMarginalCheapness").GetDecimal());
        Assert.Equal(40m, body.GetProperty("pointOfMarginalExpensiveness").GetDecimal());
        Assert.Equal(20m, body.GetProperty("optimalPricePoint").GetDecimal());
        Assert.Equal(30m, body.GetProperty("indifferencePricePoint").GetDecimal());
        Assert.Equal(20m, body.GetProperty("acceptableRange").GetProperty("low").GetDecimal());
        Assert.Equal(40m, body.GetProperty("acceptableRange").GetProperty("high").GetDecimal());
        Assert.Equal(5, body.GetProperty("curves").GetArrayLength());
        Assert.Equal(30m, byMax.GetProperty("optimalPricePoint").GetDecimal());
        Assert.Equal(5, wholeSurvey.GetProperty("totalResponses").GetInt32());
    }

    [Fact]
    public async Task Promotion_roi_counts_base_revenue_of_its_category_against_the_pre_period_and_its_applied_discounts_as_cost()
    {
        var customer = await Data.CustomerAsync("ROI");
        var inScope = await Data.ProductAsync("P-ROI", 100m, category: "Headphones");
        var outOfScope = await Data.ProductAsync("P-ROI-SPK", 100m, category: "Speakers");
        var promotion = await Data.CreateAsync("/api/pricing/promotions", new
        {
            code = "AUG-20", name = "August 20% off headphones", kind = "DirectCut", layer = "UnitPrice", currency = "CNY",
            startsAt = "2026-08-01T00:00:00+08:00", endsAt = "2026-08-08T00:00:00+08:00",
            applicability = new { categories = new[] { "Headphones" } }, parameters = new { percentOff = 20m },
        });
        var china = TimeSpan.FromHours(8);
        await Data.OrderAsync("SO-R-OLD", customer, inScope, 9, 100m, new DateTimeOffset(2026, 7, 10, 10, 0, 0, china));
        for (var i = 0; i < 7; i++)
        {
            await Data.OrderAsync($"SO-R-PRE-{i}", customer, inScope, 2, 100m, new DateTimeOffset(2026, 7, 18 + 2 * i, 10, 0, 0, china));
        }
        for (var i = 0; i < 5; i++)
        {
            var order = await Data.OrderAsync($"SO-R-WIN-{i}", customer, inScope, 3, 100m, new DateTimeOffset(2026, 8, 1 + i, 10, 0, 0, china));
            Assert.Equal(80m, order.GetProperty("lines")[0].GetProperty("netPrice").GetDecimal());
        }
        await Data.OrderAsync("SO-R-SPK", customer, outOfScope, 1, 100m, new DateTimeOffset(2026, 8, 2, 10, 0, 0, china));
        await Data.OrderAsync("SO-R-DRAFT", customer, inScope, 10, 100m, new DateTimeOffset(2026, 8, 3, 10, 0, 0, china), status: "Draft");

        var body = await Data.GetOkAsync($"/api/pricing/analytics/promotion-roi/{promotion.GetProperty("id").GetGuid()}?preDays=14&fixedCost=100");

        // Pre-period Jul 18-31: 7 orders × 2 × 100 = 1400, so 100 a day and a 7-day baseline of 700. Window: 5 × 3 × 100 = 1500
        // at base price; discounts 5 × 3 × 20 = 300, plus 100 fixed = 400; ROI = (1500 − 700 − 400) ÷ 400 = 1.
        var result = body.GetProperty("result");
        Assert.Equal("Calculated", result.GetProperty("status").GetString());
        Assert.Equal("2026-07-18", body.GetProperty("prePeriod").GetProperty("start").GetString());
        Assert.Equal("2026-08-07", body.GetProperty("promotionWindow").GetProperty("end").GetString());
        Assert.Equal(7, body.GetProperty("prePeriodOrders").GetInt32());
        Assert.Equal(6, body.GetProperty("windowOrders").GetInt32());
        Assert.Equal(1500m, result.GetProperty("promotionRevenue").GetDecimal());
        Assert.Equal(700m, result.GetProperty("baselineRevenue").GetDecimal());
        Assert.Equal(800m, result.GetProperty("incrementalRevenue").GetDecimal());
        Assert.Equal(300m, body.GetProperty("discountCost").GetDecimal());
        Assert.Equal(400m, result.GetProperty("cost").GetDecimal());
        Assert.Equal(1m, result.GetProperty("roi").GetDecimal());
        Assert.Contains("list price × quantity", body.GetProperty("definition").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2026-07-01&to=2026-06-01", "from")]
    [InlineData("confidence=1.5", "confidence")]
    [InlineData("period=day", "period")]
    [InlineData("from=yesterday", "from")]
    public async Task Bad_elasticity_parameters_are_400_naming_the_parameter(string query, string field)
    {
        var product = await Data.ProductAsync("P-BAD", 100m);

        await Data.AssertProblemAsync(await Client.GetAsync($"/api/pricing/analytics/elasticity/{product}?{query}"), field);
    }

    [Fact]
    public async Task Bad_roi_and_what_if_input_is_400_naming_the_field()
    {
        var promotion = await Data.CreateAsync("/api/pricing/promotions", new
        {
            code = "BAD-ROI", name = "Bad ROI", kind = "DirectCut", layer = "UnitPrice",
            startsAt = "2026-08-01T00:00:00+08:00", endsAt = "2026-08-08T00:00:00+08:00", parameters = new { percentOff = 10m },
        });
        var route = $"/api/pricing/analytics/promotion-roi/{promotion.GetProperty("id").GetGuid()}";

        await Data.AssertProblemAsync(await Client.GetAsync($"{route}?fixedCost=abc"), "fixedCost");
        await Data.AssertProblemAsync(await Client.GetAsync($"{route}?preDays=0"), "preDays");
        await Data.AssertProblemAsync(await Client.GetAsync("/api/pricing/analytics/van-westendorp/VW-1?method=mode"), "method");
        await Data.AssertProblemAsync(await Client.PostAsJsonAsync("/api/pricing/analytics/what-if",
            new { elasticity = -2m, currentPrice = 100m, currentQuantity = 50m, priceChangePercent = -100m }), "priceChangePercent");
    }

    [Fact]
    public async Task Unknown_products_surveys_and_promotions_are_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/pricing/analytics/elasticity/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/pricing/analytics/van-westendorp/NO-SUCH-SURVEY")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/pricing/analytics/van-westendorp/VW-1?productId={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/pricing/analytics/promotion-roi/{Guid.NewGuid()}")).StatusCode);
    }
}

public sealed class SqliteAnalyticsApiTests(SqliteCorePlatform fixture) : AnalyticsApiTests(fixture), IClassFixture<SqliteCorePlatform>;

public sealed class PostgreSqlAnalyticsApiTests(PostgreSqlCorePlatform fixture) : AnalyticsApiTests(fixture), IClassFixture<PostgreSqlCorePlatform>;

[OnlyWithEnvironment(TestProvider.SqlServerVariable)]
public sealed class SqlServerAnalyticsApiTests(SqlServerCorePlatform fixture) : AnalyticsApiTests(fixture), IClassFixture<SqlServerCorePlatform>;
