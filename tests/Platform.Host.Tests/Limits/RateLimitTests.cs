using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Limits;

/// <summary>Rate limits per key, per tenant and per anonymous client: 429 problem details with <c>Retry-After</c>.</summary>
public sealed class RateLimitTests
{
    private static Task<TestPlatform> StartAsync(int perKey = 1000, int perTenant = 1000, int anonymous = 1000, ILoggerProvider? logs = null) =>
        TestPlatform.StartAsync(loggerProvider: logs, settings: new Dictionary<string, string?>
        {
            ["Platform:RateLimits:Enabled"] = "true",
            ["Platform:RateLimits:PerKey:PermitLimit"] = perKey.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Platform:RateLimits:PerTenant:PermitLimit"] = perTenant.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Platform:RateLimits:Anonymous:PermitLimit"] = anonymous.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Debug",
        });

    private static async Task<HttpClient> SecondKeyAsync(TestPlatform platform, string tenant = "demo", HttpClient? admin = null)
    {
        var response = await (admin ?? platform.Client).PostAsJsonAsync($"/api/tenants/{tenant}/keys", new { name = "second", role = "tenant-user" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return platform.ClientWithKey((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString());
    }

    private static async Task AssertLimitedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var seconds = int.Parse(Assert.Single(response.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 60);
        Assert.Equal(429, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_key_over_its_limit_gets_429_while_another_key_of_the_tenant_carries_on()
    {
        await using var platform = await StartAsync(perKey: 4);
        var second = await SecondKeyAsync(platform); // the demo key's first request

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await platform.Client.GetAsync("/api/modules")).StatusCode);
        }
        await AssertLimitedAsync(await platform.Client.GetAsync("/api/modules"));
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/modules")).StatusCode);
    }

    [Fact]
    public async Task The_keys_of_one_tenant_share_its_limit_and_other_tenants_are_not_affected()
    {
        await using var platform = await StartAsync(perTenant: 4);
        var created = await platform.PlatformAdminClient.PostAsJsonAsync("/api/tenants", new { id = "other", name = "Other company" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var other = platform.ClientWithKey((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("adminKey").GetProperty("key").GetString());
        var second = await SecondKeyAsync(platform); // demo: 1

        Assert.Equal(HttpStatusCode.OK, (await platform.Client.GetAsync("/api/modules")).StatusCode); // 2
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/modules")).StatusCode); // 3
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/modules")).StatusCode); // 4
        await AssertLimitedAsync(await platform.Client.GetAsync("/api/modules"));
        await AssertLimitedAsync(await second.GetAsync("/api/modules"));
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/modules")).StatusCode);
    }

    [Fact]
    public async Task Requests_without_a_valid_key_are_limited_per_client_and_health_is_not()
    {
        await using var platform = await StartAsync(anonymous: 2);
        var anonymous = platform.AnonymousClient();
        var wrongKey = platform.ClientWithKey("plk_not-a-key");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/modules")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongKey.GetAsync("/api/modules")).StatusCode);
        await AssertLimitedAsync(await wrongKey.GetAsync("/api/modules"));
        await AssertLimitedAsync(await anonymous.GetAsync("/api/modules"));
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await platform.Client.GetAsync("/api/modules")).StatusCode);
    }

    [Fact]
    public async Task A_refused_key_is_logged_once_at_debug()
    {
        var logs = new ListLoggerProvider();
        await using var platform = await StartAsync(logs: logs);
        var before = logs.Entries.Count;

        Assert.Equal(HttpStatusCode.Unauthorized, (await platform.ClientWithKey("plk_not-a-key").GetAsync("/api/modules")).StatusCode);

        var entries = logs.Entries.Skip(before).Where(e => e.Level >= LogLevel.Debug && e.Category.StartsWith("Platform", StringComparison.Ordinal)).ToList();
        var entry = Assert.Single(entries);
        Assert.Equal(LogLevel.Debug, entry.Level);
        Assert.Equal("Platform.Auth", entry.Category);
        Assert.DoesNotContain("plk_", entry.Message, StringComparison.Ordinal);
    }
}
