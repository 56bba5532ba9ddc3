namespace Platform.Benchmarks.Support;

/// <summary>Enables or disables a module for the demo tenant through the tenants API (as a tenant admin would).</summary>
public static class ModuleToggle
{
    public static async Task SetAsync(string baseUrl, string apiKey, string moduleId, bool enabled)
    {
        using var http = ApiKeys.Client(baseUrl, apiKey);
        var verb = enabled ? "enable" : "disable";
        using var response = await http.PostAsync(new Uri($"/api/tenants/demo/modules/{moduleId}/{verb}", UriKind.Relative), null);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Could not {verb} {moduleId} for the demo tenant: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
