using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.Host.Tests.CoreApi;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Security;

/// <summary>
/// Strict JSON and limits, the same on every provider: numbers as strings, enums as numbers, duplicate
/// members, date-times without an offset and control characters are 400 naming the field in the API's
/// terms; pages that would overflow, amounts beyond the money columns, too many lines and too large
/// bodies are refused before anything is written.
/// </summary>
public abstract class StrictInputTests(CorePlatformFixture fixture) : IAsyncLifetime
{
    private HttpClient Client => fixture.Platform.Client;

    private Guid _customer;
    private Guid _product;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _customer = await CreateAsync("/api/core/customers", new { code = "C-1", name = "明远贸易", industry = "Retail", size = "Medium", customerType = "KeyAccount" });
        _product = await CreateAsync("/api/core/products", new
        {
            sku = "P-1", name = "Product", productLine = "Audio", series = "A1", category = "Headphones",
            unitCost = 10m, listPrice = 100m, currency = "CNY", active = true,
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Guid> CreateAsync(string route, object body)
    {
        var response = await Client.PostAsJsonAsync(route, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private string Order(string channel = "\"Direct\"", string orderedAt = "\"2026-01-01T10:00:00+08:00\"", string? lines = null) =>
        $$"""{"number":"SO-1","customerId":"{{_customer}}","channel":{{channel}},"orderedAt":{{orderedAt}},"lines":{{lines ?? Line()}}}""";

    private string Line(string quantity = "1", string price = "100") =>
        $$"""[{"productId":"{{_product}}","quantity":{{quantity}},"listPrice":{{price}},"netPrice":{{price}}}]""";

    private Task<HttpResponseMessage> PostAsync(string route, string json) =>
        Client.PostAsync(route, new StringContent(json, Encoding.UTF8, "application/json"));

    private async Task<int> CountAsync(string route) =>
        (await Client.GetFromJsonAsync<JsonElement>($"{route}?pageSize=1")).GetProperty("totalCount").GetInt32();

    /// <summary>The message of the 400's error for <paramref name="field"/>; fails when the answer is not such a 400.</summary>
    private static async Task<string> ErrorAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"{field} is not named: {text}");
        var message = string.Join(" ", messages.EnumerateArray().Select(m => m.GetString()));
        Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Int32", message, StringComparison.Ordinal);
        return message;
    }

    [Theory]
    [InlineData("\"1\"", "a whole number")]
    [InlineData("1.5", "a whole number")]
    public async Task A_quantity_that_is_not_a_json_whole_number_is_400_naming_the_line(string quantity, string expected)
    {
        var message = await ErrorAsync(await PostAsync("/api/core/orders", Order(lines: Line(quantity: quantity))), "lines[0].quantity");

        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("/api/core/orders"));
    }

    [Fact]
    public async Task A_price_sent_as_text_is_400_asking_for_a_number()
    {
        var message = await ErrorAsync(await PostAsync("/api/core/products", """{"sku":"P-2","name":"x","productLine":"Audio","series":"A1","category":"H","unitCost":"10","listPrice":100,"currency":"CNY","active":true}"""), "unitCost");

        Assert.Contains("a number", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("\"0\"")]
    [InlineData("\"1\"")]
    public async Task An_enum_sent_as_a_number_or_numeric_text_is_400_listing_the_names(string channel)
    {
        var message = await ErrorAsync(await PostAsync("/api/core/orders", Order(channel: channel)), "channel");

        Assert.Contains("one of: Direct, Partner", message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("/api/core/orders"));
    }

    [Fact]
    public async Task A_duplicate_member_is_400_naming_it_at_any_depth()
    {
        var top = await PostAsync("/api/core/customers", """{"code":"C-2","code":"C-3","name":"n","industry":"Retail","size":"Medium","customerType":"KeyAccount"}""");
        var differentCase = await PostAsync("/api/core/customers", """{"code":"C-2","Code":"C-3","name":"n","industry":"Retail","size":"Medium","customerType":"KeyAccount"}""");
        var nested = await PostAsync("/api/core/orders", Order(lines: $$"""[{"productId":"{{_product}}","quantity":1,"quantity":2,"listPrice":1,"netPrice":1}]"""));

        await ErrorAsync(top, "code");
        await ErrorAsync(differentCase, "Code");
        await ErrorAsync(nested, "lines[0].quantity");
        Assert.Equal(1, await CountAsync("/api/core/customers"));
        Assert.Equal(0, await CountAsync("/api/core/orders"));
    }

    [Theory]
    [InlineData("\"2026-01-01T10:00:00\"")]
    [InlineData("\"2026-01-01\"")]
    [InlineData("\"2026-01-01T10:00:00.123\"")]
    public async Task A_date_time_without_an_offset_is_400_asking_for_one(string orderedAt)
    {
        var message = await ErrorAsync(await PostAsync("/api/core/orders", Order(orderedAt: orderedAt)), "orderedAt");

        Assert.Contains("with an offset", message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("/api/core/orders"));
    }

    [Fact]
    public async Task A_date_time_with_an_offset_or_z_is_accepted()
    {
        Assert.Equal(HttpStatusCode.Created, (await PostAsync("/api/core/orders", Order(orderedAt: "\"2026-01-01T02:00:00Z\""))).StatusCode);
    }

    [Theory]
    [InlineData("\\u0000")]
    [InlineData("\\u0007")]
    [InlineData("\\n")]
    [InlineData("\\u001f")]
    public async Task A_control_character_in_text_is_400_naming_the_field_and_nothing_is_written(string escaped)
    {
        var response = await PostAsync("/api/core/customers", $$"""{"code":"C-9","name":"A{{escaped}}B","industry":"Retail","size":"Medium","customerType":"KeyAccount"}""");

        var message = await ErrorAsync(response, "name");
        Assert.Contains("control characters", message, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync("/api/core/customers"));
    }

    [Theory]
    [InlineData("page=2147483647&pageSize=500")]
    [InlineData("page=4294969&pageSize=500")]
    [InlineData("page=2147483647&pageSize=2")]
    public async Task A_page_that_would_overflow_is_400_naming_page(string query)
    {
        await ErrorAsync(await Client.GetAsync($"/api/core/products?{query}"), "page");
    }

    [Fact]
    public async Task A_jobs_page_that_would_overflow_is_400_naming_page()
    {
        await ErrorAsync(await Client.GetAsync("/api/jobs?page=2147483647&pageSize=500"), "page");
    }

    [Fact]
    public async Task The_last_addressable_page_is_served_empty()
    {
        var page = await Client.GetFromJsonAsync<JsonElement>("/api/core/products?page=2147483647&pageSize=1");

        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
        Assert.Equal(1, page.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("1000000", "1000000000000")]
    [InlineData("5000", "100000000000")]
    [InlineData("10000", "999999999999")]
    public async Task A_line_whose_amount_passes_the_largest_order_amount_is_400_naming_its_quantity(string quantity, string price)
    {
        var message = await ErrorAsync(await PostAsync("/api/core/orders", Order(lines: Line(quantity, price))), "lines[0].quantity");

        Assert.Contains("at most", message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("/api/core/orders"));
    }

    [Fact]
    public async Task Lines_that_add_up_beyond_the_largest_order_amount_are_400_naming_lines()
    {
        var line = $$"""{"productId":"{{_product}}","quantity":6,"listPrice":100000000000,"netPrice":100000000000}""";

        await ErrorAsync(await PostAsync("/api/core/orders", Order(lines: $"[{line},{line}]")), "lines");
        Assert.Equal(0, await CountAsync("/api/core/orders"));
    }

    [Fact]
    public async Task A_quote_beyond_what_money_columns_hold_is_400_naming_lines()
    {
        var expensive = await CreateAsync("/api/core/products", new
        {
            sku = "P-BIG", name = "Yacht", productLine = "Audio", series = "A1", category = "Headphones",
            unitCost = 10m, listPrice = 1_000_000_000_000m, currency = "CNY", active = true,
        });

        var response = await Client.PostAsJsonAsync("/api/pricing/quote", new { channel = "Direct", lines = new[] { new { productId = expensive, quantity = 1_000_000 } } });

        await ErrorAsync(response, "lines");
    }

    [Fact]
    public async Task More_lines_than_the_tenant_allows_are_400_naming_lines()
    {
        var line = $$"""{"productId":"{{_product}}","quantity":1,"listPrice":1,"netPrice":1}""";
        var tooMany = await PostAsync("/api/core/orders", Order(lines: "[" + string.Join(",", Enumerable.Repeat(line, 501)) + "]"));
        await SetCoreSettingAsync(new { maxItemsPerList = 2 });
        try
        {
            var three = await PostAsync("/api/core/orders", Order(lines: $"[{line},{line},{line}]"));
            var two = await PostAsync("/api/core/orders", Order(lines: $"[{line},{line}]"));

            Assert.Contains("at most 2", await ErrorAsync(three, "lines"), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Created, two.StatusCode);
        }
        finally
        {
            await SetCoreSettingAsync(new { maxItemsPerList = 500 });
        }
        Assert.Contains("at most 500", await ErrorAsync(tooMany, "lines"), StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync("/api/core/orders"));
    }

    [Fact]
    public async Task A_body_larger_than_the_routes_limit_is_413_problem_details()
    {
        var name = new string('x', 1024 * 1024);

        var response = await PostAsync("/api/core/customers", $$"""{"code":"C-5","name":"{{name}}","industry":"Retail","size":"Medium","customerType":"KeyAccount"}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, await CountAsync("/api/core/customers"));
    }

    private async Task SetCoreSettingAsync(object values)
    {
        var response = await Client.PutAsJsonAsync("/api/tenants/demo/modules/platform.core/settings", values);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}

public sealed class SqliteStrictInputTests(SqliteCorePlatform fixture) : StrictInputTests(fixture), IClassFixture<SqliteCorePlatform>;

public sealed class PostgreSqlStrictInputTests(PostgreSqlCorePlatform fixture) : StrictInputTests(fixture), IClassFixture<PostgreSqlCorePlatform>;
