using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Pipeline;
using Platform.Host.Tests.Support;
using Platform.Sdk.Data;
using Xunit;

namespace Platform.Host.Tests.Loader;

/// <summary>Two modules with different major versions of one private library, in one host.</summary>
public sealed class SideBySideLibraryTests
{
    [Fact]
    public async Task Two_modules_serve_Newtonsoft_Json_12_and_13_side_by_side_over_http()
    {
        using var root = FixtureModuleRoot.With("fixtures.json-old", "fixtures.json-new");
        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path);

        await LoaderAssert.RunningAsync(platform, "fixtures.json-old");
        await LoaderAssert.RunningAsync(platform, "fixtures.json-new");
        var old = await platform.Client.GetFromJsonAsync<VersionAnswer>("/api/fixtures/json-old/version");
        var @new = await platform.Client.GetFromJsonAsync<VersionAnswer>("/api/fixtures/json-new/version");
        Assert.Equal(new VersionAnswer("fixtures.json-old", "12.0.0.0", """{"text":"from http","module":"fixtures.json-old"}""", true), old);
        Assert.Equal(new VersionAnswer("fixtures.json-new", "13.0.0.0", """{"text":"from http","module":"fixtures.json-new"}""", true), @new);
    }

    [Fact]
    public async Task Custom_messages_of_both_modules_answer_through_the_data_service_by_json_shape()
    {
        using var root = FixtureModuleRoot.With("fixtures.json-old", "fixtures.json-new");
        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path);

        await using var scope = platform.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().TenantId = "demo";
        var data = scope.ServiceProvider.GetRequiredService<IDataService>();
        // The request is an anonymous type of this assembly; each module reads it into its own record type.
        var old = await data.ExecuteAsync<VersionAnswer>("fixtures.json-old.version", new { text = "hello" });
        var @new = await data.ExecuteAsync<VersionAnswer>("fixtures.json-new.version", new { text = "hello" });

        Assert.Equal(new VersionAnswer("fixtures.json-old", "12.0.0.0", """{"text":"hello","module":"fixtures.json-old"}""", true), old);
        Assert.Equal(new VersionAnswer("fixtures.json-new", "13.0.0.0", """{"text":"hello","module":"fixtures.json-new"}""", true), @new);
        var listed = await platform.GetModuleAsync("fixtures.json-old");
        Assert.Equal(["fixtures.json-old.version"], listed.GetProperty("messages").EnumerateArray().Select(m => m.GetString()));
    }
}
