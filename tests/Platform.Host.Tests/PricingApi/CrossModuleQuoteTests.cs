using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.PricingApi;

/// <summary>
/// Another module (fixture <c>fixtures.quote-caller</c>, its own load context and its own types) prices a
/// cart through the SDK with the custom message <c>pricing.quote</c>.
/// </summary>
public sealed class CrossModuleQuoteTests
{
    [Fact]
    public async Task Another_module_prices_a_cart_through_the_pricing_quote_message()
    {
        using var root = AllModulesRoot.Create();
        root.Add("fixtures.quote-caller");
        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path);
        var product = (await platform.Client.CreatedAsync("/api/core/products", new
        {
            sku = "P-XMOD", name = "Earbuds", productLine = "Audio", series = "A1", category = "Headphones",
            unitCost = 40m, listPrice = 100m, currency = "CNY", active = true,
        })).GetProperty("id").GetGuid();
        await platform.Client.CreatedAsync("/api/pricing/promotions", new
        {
            code = "CUT-10", name = "直降 10%", kind = "DirectCut", layer = "UnitPrice",
            startsAt = DateTimeOffset.UtcNow.AddDays(-1), endsAt = DateTimeOffset.UtcNow.AddDays(1), parameters = new { percentOff = 10m },
        });

        var response = await platform.Client.PostAsync(new Uri($"/api/quote-caller/price?productId={product}&quantity=2&channel=Online", UriKind.Relative), null);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(180m, answer.GetProperty("total").GetDecimal());
        Assert.Equal("CUT-10", Assert.Single(answer.GetProperty("applied").EnumerateArray()).GetString());
    }

    [Theory]
    [InlineData("pricing.quote")]
    [InlineData("platform.pricing/pricing.quote")]
    public async Task The_quote_message_runs_over_http_by_its_existing_and_its_qualified_name(string name)
    {
        using var root = AllModulesRoot.Create();
        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path);
        var product = (await platform.Client.CreatedAsync("/api/core/products", new
        {
            sku = "P-MSG", name = "Earbuds", productLine = "Audio", series = "A1", category = "Headphones",
            unitCost = 40m, listPrice = 100m, currency = "CNY", active = true,
        })).GetProperty("id").GetGuid();

        var response = await platform.Client.PostAsJsonAsync($"/api/messages/{name}", new { channel = "Online", lines = new[] { new { productId = product, quantity = 3 } } });
        var missingLines = await platform.Client.PostAsJsonAsync($"/api/messages/{name}", new { channel = "Online" });
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(response.StatusCode == HttpStatusCode.OK, answer.ToString());
        Assert.Equal(300m, answer.GetProperty("pricing").GetProperty("totals").GetProperty("total").GetDecimal());
        Assert.Equal(HttpStatusCode.BadRequest, missingLines.StatusCode);
        Assert.True((await missingLines.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("lines", out _));
    }
}
