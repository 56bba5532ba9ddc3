using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Host.Tests.PricingApi;

/// <summary>Creates the customers, products, orders and survey responses the analytics tests read, through the public API.</summary>
internal sealed class AnalyticsTestData(HttpClient client)
{
    public Task<JsonElement> CreateAsync(string route, object body) => client.CreatedAsync(route, body);

    public async Task<Guid> CustomerAsync(string suffix) => (await CreateAsync("/api/core/customers", new
    {
        code = $"C-{suffix}", name = "上海明远贸易有限公司", industry = "Retail", size = "Medium", customerType = "KeyAccount",
    })).GetProperty("id").GetGuid();

    public async Task<Guid> ProductAsync(string sku, decimal listPrice, string category = "Headphones") => (await CreateAsync("/api/core/products", new
    {
        sku, name = $"Product {sku}", productLine = "Audio", series = "A1", category, unitCost = 1m, listPrice, currency = "CNY", active = true,
    })).GetProperty("id").GetGuid();

    /// <summary>An order of one line; the Pricing module sets the list price and lowers the net price to any promotion.</summary>
    public Task<JsonElement> OrderAsync(string number, Guid customer, Guid product, int quantity, decimal netPrice, DateTimeOffset orderedAt, string status = "Confirmed") =>
        CreateAsync("/api/core/orders", new
        {
            number, customerId = customer, channel = "Online", status, currency = "CNY",
            orderedAt = orderedAt.ToString("O", CultureInfo.InvariantCulture),
            lines = new[] { new { productId = product, quantity, listPrice = 1m, netPrice } },
        });

    public Task<JsonElement> SurveyResponseAsync(string survey, Guid product, decimal[] answers) => CreateAsync("/api/pricing/survey-responses", new
    {
        survey, productId = product, tooCheap = answers[0], cheap = answers[1], expensive = answers[2], tooExpensive = answers[3],
    });

    public async Task<JsonElement> GetOkAsync(string route) => await OkAsync(await client.GetAsync(route));

    public async Task<JsonElement> PostOkAsync(string route, object body) => await OkAsync(await client.PostAsJsonAsync(route, body));

    public async Task AssertProblemAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
