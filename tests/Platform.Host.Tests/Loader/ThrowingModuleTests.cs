using System.Net;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Loader;

/// <summary>Modules that throw while registering or starting are faulted; nothing else is.</summary>
public sealed class ThrowingModuleTests
{
    [Fact]
    public async Task A_module_that_throws_while_starting_is_faulted_and_its_endpoints_answer_404()
    {
        using var root = FixtureModuleRoot.With("fixtures.throws-on-start", LoaderAssert.Healthy);
        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path);

        await LoaderAssert.FaultedAsync(platform, "fixtures.throws-on-start",
            "Module fixtures.throws-on-start threw while starting: InvalidOperationException: boom at start");
        var ping = await platform.Client.GetAsync("/api/fixtures/throws-on-start/ping");
        Assert.Equal(HttpStatusCode.NotFound, ping.StatusCode);
        await LoaderAssert.HostAndHealthyModuleRunAsync(platform);
    }

    [Fact]
    public async Task A_module_that_throws_while_registering_is_faulted()
    {
        using var root = FixtureModuleRoot.With("fixtures.throws-on-register", LoaderAssert.Healthy);
        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path);

        await LoaderAssert.FaultedAsync(platform, "fixtures.throws-on-register",
            "Module fixtures.throws-on-register threw while registering: InvalidOperationException: boom at register");
        await LoaderAssert.HostAndHealthyModuleRunAsync(platform);
    }
}
