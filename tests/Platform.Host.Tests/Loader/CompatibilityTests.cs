using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Loader;

/// <summary>Modules that do not fit this host's SDK or shared assemblies are refused before loading.</summary>
public sealed class CompatibilityTests
{
    [Fact]
    public async Task A_module_that_requires_a_newer_sdk_range_is_faulted()
    {
        using var root = FixtureModuleRoot.With("fixtures.needs-newer-sdk", LoaderAssert.Healthy);
        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path);

        await LoaderAssert.FaultedAsync(platform, "fixtures.needs-newer-sdk",
            "Module fixtures.needs-newer-sdk 1.0.0 requires SDK ^3.0.0, but this host provides SDK 2.0.0.");
        await LoaderAssert.HostAndHealthyModuleRunAsync(platform);
    }

    [Fact]
    public async Task A_module_compiled_against_a_newer_Platform_Sdk_assembly_is_refused_before_loading()
    {
        using var root = FixtureModuleRoot.With("fixtures.built-against-newer-sdk", LoaderAssert.Healthy);
        // The fake SDK must not travel with the module: it is shared, and the host's copy would be used.
        Assert.False(File.Exists(Path.Combine(root.Path, "fixtures.built-against-newer-sdk", "1.0.0", "Platform.Sdk.dll")));
        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path);

        await LoaderAssert.FaultedAsync(platform, "fixtures.built-against-newer-sdk",
            "Module fixtures.built-against-newer-sdk was compiled against Platform.Sdk 99.0.0.0, but the host provides 2.0.0.0. " +
            "Rebuild Fixtures.BuiltAgainstNewerSdk.dll against the host's version or upgrade the host.");
        await LoaderAssert.HostAndHealthyModuleRunAsync(platform);
    }

    [Fact]
    public async Task A_module_compiled_against_a_newer_Microsoft_Extensions_assembly_is_refused_before_loading()
    {
        using var root = FixtureModuleRoot.With("fixtures.built-against-newer-extensions", LoaderAssert.Healthy);
        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path);

        var hostVersion = typeof(Microsoft.Extensions.Logging.ILogger).Assembly.GetName().Version;
        await LoaderAssert.FaultedAsync(platform, "fixtures.built-against-newer-extensions",
            $"Module fixtures.built-against-newer-extensions was compiled against Microsoft.Extensions.Logging.Abstractions 11.0.0.0, but the host provides {hostVersion}. " +
            "Rebuild Fixtures.BuiltAgainstNewerExtensions.dll against the host's version or upgrade the host.");
        await LoaderAssert.HostAndHealthyModuleRunAsync(platform);
    }
}
