using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tenants;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Access;

/// <summary>Creates principals and their keys through the API, as a tenant administrator would.</summary>
internal static class AccessKit
{
    /// <summary>Creates a principal with the roles; returns its id.</summary>
    public static async Task<Guid> CreatePrincipalAsync(this HttpClient admin, string tenantId, params string[] roles)
    {
        var response = await admin.PostAsJsonAsync($"/api/tenants/{tenantId}/principals", new
        {
            kind = "Person", displayName = "Test person", email = $"p{Guid.NewGuid():N}@test.example", roles,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Issues a key for the principal; returns a client sending it.</summary>
    public static async Task<HttpClient> KeyOfAsync(this TestPlatform platform, HttpClient admin, string tenantId, Guid principalId)
    {
        var response = await admin.PostAsJsonAsync($"/api/tenants/{tenantId}/principals/{principalId}/keys", new { name = "test key" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return platform.ClientWithKey((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString());
    }

    /// <summary>A client of a new principal of the demo tenant holding only the roles.</summary>
    public static async Task<HttpClient> DemoPrincipalAsync(this TestPlatform platform, params string[] roles) =>
        await platform.KeyOfAsync(platform.Client, "demo", await platform.Client.CreatePrincipalAsync("demo", roles));

    /// <summary>The demo sales user's client (key file written on first run).</summary>
    public static HttpClient SalesUser(this TestPlatform platform) =>
        platform.ClientWithKey(platform.ReadKey(DemoPeople.SalesUserKeyFile) ?? throw new InvalidOperationException("No demo sales user key."));

    /// <summary>The demo sales manager's client.</summary>
    public static HttpClient SalesManager(this TestPlatform platform) =>
        platform.ClientWithKey(platform.ReadKey(DemoPeople.SalesManagerKeyFile) ?? throw new InvalidOperationException("No demo sales manager key."));
}
