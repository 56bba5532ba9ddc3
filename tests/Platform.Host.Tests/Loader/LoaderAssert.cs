using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Loader;

/// <summary>Assertions on what <c>/api/modules</c>, <c>/health</c> and the fixtures' endpoints say.</summary>
internal static class LoaderAssert
{
    public const string Healthy = "fixtures.json-new";

    /// <summary>The module is faulted with exactly this reason.</summary>
    public static async Task FaultedAsync(TestPlatform platform, string id, string reason)
    {
        var module = await platform.GetModuleAsync(id);
        Assert.Equal("faulted", module.GetProperty("state").GetString());
        Assert.Equal(reason, module.GetProperty("faultReason").GetString());
    }

    /// <summary>The module is running, with no fault reason.</summary>
    public static async Task RunningAsync(TestPlatform platform, string id)
    {
        var module = await platform.GetModuleAsync(id);
        Assert.True(module.GetProperty("state").GetString() == "running",
            $"{id} is {module.GetProperty("state").GetString()}: {module.GetProperty("faultReason")}");
        Assert.Equal(JsonValueKind.Null, module.GetProperty("faultReason").ValueKind);
    }

    /// <summary>
    /// The host answers <c>/health</c> with 200, and the healthy fixture (fixtures.json-new) is running and
    /// serves its endpoint with its own Newtonsoft.Json 13.
    /// </summary>
    public static async Task HostAndHealthyModuleRunAsync(TestPlatform platform)
    {
        var health = await platform.Client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        await RunningAsync(platform, Healthy);
        var version = await platform.Client.GetFromJsonAsync<VersionAnswer>("/api/fixtures/json-new/version");
        Assert.Equal("13.0.0.0", version!.NewtonsoftVersion);
    }

    /// <summary>The ids in <c>/api/modules</c>, in its order (load order, then refused modules).</summary>
    public static async Task<List<string>> ModuleIdsAsync(TestPlatform platform) =>
        (await platform.GetModulesAsync()).Select(m => m.GetProperty("id").GetString()!).ToList();
}

/// <summary>The caller's own view of the json fixtures' response: matched by JSON shape, not by type.</summary>
internal sealed record VersionAnswer(string Module, string NewtonsoftVersion, string Serialized, bool Started);
