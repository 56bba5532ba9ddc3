using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Tenants;

/// <summary>API keys: required everywhere but /health and the API description (ADR 0024), hashed, revocable, and their roles.</summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private TestPlatform _platform = null!;

    public async Task InitializeAsync() => _platform = await TestPlatform.StartAsync();

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    [Fact]
    public async Task Health_and_the_api_description_answer_without_a_key_and_everything_else_needs_one()
    {
        var anonymous = _platform.AnonymousClient();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
        var problem = await (await anonymous.GetAsync("/api/modules")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("X-Api-Key", problem.GetProperty("detail").GetString());
        await (await anonymous.GetAsync("/api/tenants")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync("/api/metadata")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode); // holds no tenant data
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("plk_00000000000000000000000000000000_secret")]
    public async Task A_wrong_key_is_401(string key)
    {
        var response = await _platform.ClientWithKey(key).GetAsync("/api/modules");

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_key_with_a_wrong_secret_is_401_and_the_right_one_works_also_as_a_bearer_token()
    {
        var key = _platform.ReadKey("demo-tenant-admin.key")!;
        var forged = key[..^4] + (key.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        var bearer = _platform.AnonymousClient();
        bearer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);

        await (await _platform.ClientWithKey(forged).GetAsync("/api/modules")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/modules")).StatusCode);
    }

    [Fact]
    public async Task Keys_are_stored_hashed()
    {
        var key = _platform.ReadKey("demo-tenant-admin.key")!;
        var secret = key["plk_".Length..].Split('_', 2)[1]; // the id has no underscore; the secret may

        await using var catalog = _platform.Services.GetRequiredService<Platform.Host.Catalog.CatalogDatabase>().Open();
        var stored = await catalog.ApiKeys.Select(k => k.SecretHash).ToListAsync();

        Assert.NotEmpty(stored);
        Assert.DoesNotContain(stored, s => s.Contains(secret, StringComparison.Ordinal));
        Assert.Contains(Platform.Host.Auth.ApiKeySecret.Hash(secret), stored);
    }

    [Fact]
    public async Task A_revoked_key_stops_working()
    {
        var user = await _platform.IssueKeyAsync(_platform.Client, "demo", "tenant-user");
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/modules")).StatusCode);
        var keys = await _platform.Client.GetFromJsonAsync<System.Text.Json.JsonElement[]>("/api/tenants/demo/keys");
        // The legacy role name is stored as the built-in sales-user role (ADR 0017).
        var userKeyId = keys!.Single(k => k.GetProperty("role").GetString() == "sales-user" && k.GetProperty("name").GetString() == "tenant-user key").GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NoContent, (await _platform.Client.DeleteAsync($"/api/tenants/demo/keys/{userKeyId}")).StatusCode);

        await (await user.GetAsync("/api/modules")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_tenant_user_reads_but_cannot_change_modules_settings_or_keys()
    {
        var user = await _platform.IssueKeyAsync(_platform.Client, "demo", "tenant-user");

        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/tenants/demo/modules")).StatusCode);
        await (await user.PostAsync("/api/tenants/demo/modules/x/disable", null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await user.PostAsync("/api/tenants/demo/modules/x/enable", null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await user.DeleteAsync("/api/tenants/demo/modules/x?confirm=true")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await user.PutAsJsonAsync("/api/tenants/demo/modules/x/settings", new { a = 1 })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await user.PostAsJsonAsync("/api/tenants/demo/keys", new { name = "mine", role = "tenant-admin" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await user.GetAsync("/api/tenants/demo/keys")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Only_a_platform_administrator_creates_suspends_or_deletes_tenants()
    {
        await (await _platform.Client.PostAsJsonAsync("/api/tenants", new { id = "sneaky", name = "Sneaky" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await _platform.Client.PostAsync("/api/tenants/demo/suspend", null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await _platform.Client.DeleteAsync("/api/tenants/demo?confirm=true")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_platform_key_cannot_read_tenant_data()
    {
        var platformKeyOnModuleData = await _platform.PlatformAdminClient.GetAsync("/api/traces");

        Assert.NotEqual(HttpStatusCode.OK, platformKeyOnModuleData.StatusCode);
    }

    [Fact]
    public async Task A_tenant_key_cannot_create_a_platform_role_key()
    {
        var problem = await (await _platform.Client.PostAsJsonAsync("/api/tenants/demo/keys", new { name = "root", role = "platform-admin" }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("role", out _));
    }
}
