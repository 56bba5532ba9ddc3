using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Host.Tests.PricingApi;

/// <summary>Posts a record and asserts 201 (showing the problem otherwise); returns the created record.</summary>
internal static class CreatedResponses
{
    public static async Task<JsonElement> CreatedAsync(this HttpClient client, string route, object body)
    {
        var response = await client.PostAsJsonAsync(route, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
