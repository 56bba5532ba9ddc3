using Platform.Host.Modules;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Loader;

/// <summary>Edge cases of the loader that showed host bugs (see the reasons in the assertions).</summary>
public sealed class HostRobustnessTests
{
    [Theory]
    [InlineData("""{ "id": "fixtures.null-dependencies", "version": "1.0.0", "sdk": "^2.0.0", "dependencies": null }""")]
    [InlineData("""{ "id": null, "version": "1.0.0", "sdk": "^2.0.0" }""")]
    public async Task A_manifest_with_null_members_faults_that_module_and_the_host_keeps_running(string manifest)
    {
        // Today ManifestValidator throws (NullReferenceException at line 49, ArgumentNullException from the
        // id regex at line 29) out of ModuleHost.LoadAll, and the host does not start at all.
        using var root = FixtureModuleRoot.With(LoaderAssert.Healthy);
        var folder = Path.Combine(root.Path, "broken", "1.0.0");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "module.json"), manifest);

        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path);

        var broken = Assert.Single(await platform.GetModulesAsync(), m => m.GetProperty("id").GetString() != LoaderAssert.Healthy);
        Assert.Equal("faulted", broken.GetProperty("state").GetString());
        await LoaderAssert.HostAndHealthyModuleRunAsync(platform);
    }

    [Fact]
    public void A_private_Microsoft_Extensions_assembly_the_host_lacks_is_checked_for_newer_references()
    {
        // The fixture folder holds Microsoft.Extensions.Logging.Abstractions 11 (referencing
        // Microsoft.Extensions.DependencyInjection.Abstractions 11.0.0.0). For a host that shares
        // DependencyInjection.Abstractions 10 but has no Logging.Abstractions at all, Logging.Abstractions
        // loads privately (it is not in the loader's shared list) and would bind DI.Abstractions 11.0.0.0 to
        // the host's 10.0.0.0: the module must be refused. FindNewerThanHost skips every file whose own name
        // looks shared, host copy or not, so it lets the module through.
        using var root = FixtureModuleRoot.With("fixtures.built-against-newer-extensions");
        var folder = Path.Combine(root.Path, "fixtures.built-against-newer-extensions", "1.0.0");
        File.Delete(Path.Combine(folder, "Fixtures.BuiltAgainstNewerExtensions.dll"));
        var host = new Dictionary<string, Version>(StringComparer.OrdinalIgnoreCase)
        {
            ["Microsoft.Extensions.DependencyInjection.Abstractions"] = new(10, 0, 0, 0),
            ["System.Runtime"] = new(10, 0, 0, 0),
            ["System.Diagnostics.DiagnosticSource"] = new(10, 0, 0, 0),
        };

        var reason = SharedAssemblies.FindNewerThanHost("fixtures.x", folder, host);

        Assert.NotNull(reason);
    }
}
