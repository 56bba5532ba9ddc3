using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Tenants;

/// <summary>Creates tenants and keys through the API, as an operator would.</summary>
internal static class TenantKit
{
    /// <summary>Creates a tenant with the platform key; returns a client with its administrator's key.</summary>
    public static async Task<HttpClient> CreateTenantAsync(this TestPlatform platform, string id, params string[] modules)
    {
        var response = await platform.PlatformAdminClient.PostAsJsonAsync("/api/tenants", new { id, name = $"Tenant {id}", modules, withDependencies = true });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return platform.ClientWithKey(body.GetProperty("adminKey").GetProperty("key").GetString());
    }

    /// <summary>Issues another key of the tenant with the given role.</summary>
    public static async Task<HttpClient> IssueKeyAsync(this TestPlatform platform, HttpClient tenantAdmin, string tenantId, string role)
    {
        var response = await tenantAdmin.PostAsJsonAsync($"/api/tenants/{tenantId}/keys", new { name = $"{role} key", role });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return platform.ClientWithKey((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString());
    }

    /// <summary>The problem body of a response, asserting its status.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>The module's status in the tenant, from <c>GET /api/tenants/{id}/modules</c>.</summary>
    public static async Task<string?> ModuleStatusAsync(this HttpClient client, string tenantId, string moduleId)
    {
        var modules = await client.GetFromJsonAsync<JsonElement>($"/api/tenants/{tenantId}/modules");
        return modules.TryGetProperty(moduleId, out var module) ? module.GetProperty("status").GetString() : null;
    }
}
