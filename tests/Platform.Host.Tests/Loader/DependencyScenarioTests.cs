using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Loader;

/// <summary>Missing, out-of-range, cyclic and faulted dependencies; load order.</summary>
public sealed class DependencyScenarioTests
{
    [Fact]
    public async Task A_module_whose_dependency_is_not_installed_is_faulted()
    {
        using var root = FixtureModuleRoot.With("fixtures.missing-dependency", LoaderAssert.Healthy);
        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path);

        await LoaderAssert.FaultedAsync(platform, "fixtures.missing-dependency",
            "Module fixtures.missing-dependency depends on fixtures.absent ^1.0.0, which is not installed.");
        await LoaderAssert.HostAndHealthyModuleRunAsync(platform);
    }

    [Fact]
    public async Task A_module_whose_dependency_is_installed_in_a_version_out_of_range_is_faulted()
    {
        using var root = FixtureModuleRoot.With("fixtures.dependency-out-of-range", LoaderAssert.Healthy);
        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path);

        await LoaderAssert.FaultedAsync(platform, "fixtures.dependency-out-of-range",
            "Module fixtures.dependency-out-of-range depends on fixtures.json-new ^2.0.0, but version 1.0.0 is installed.");
        await LoaderAssert.HostAndHealthyModuleRunAsync(platform);
    }

    [Fact]
    public async Task Both_modules_of_a_dependency_cycle_are_faulted_with_the_cycle_path()
    {
        using var root = FixtureModuleRoot.With("fixtures.cycle-a", "fixtures.cycle-b", LoaderAssert.Healthy);
        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path);

        const string path = "fixtures.cycle-a -> fixtures.cycle-b -> fixtures.cycle-a";
        await LoaderAssert.FaultedAsync(platform, "fixtures.cycle-a", $"Module fixtures.cycle-a is part of a dependency cycle: {path}.");
        await LoaderAssert.FaultedAsync(platform, "fixtures.cycle-b", $"Module fixtures.cycle-b is part of a dependency cycle: {path}.");
        await LoaderAssert.HostAndHealthyModuleRunAsync(platform);
    }

    [Fact]
    public async Task A_dependent_of_a_module_that_throws_while_starting_is_faulted()
    {
        using var root = FixtureModuleRoot.With("fixtures.throws-on-start", "fixtures.depends-on-throws", LoaderAssert.Healthy);
        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path);

        await LoaderAssert.FaultedAsync(platform, "fixtures.throws-on-start",
            "Module fixtures.throws-on-start threw while starting: InvalidOperationException: boom at start");
        await LoaderAssert.FaultedAsync(platform, "fixtures.depends-on-throws",
            "Module fixtures.depends-on-throws depends on fixtures.throws-on-start, which is faulted.");
        await LoaderAssert.HostAndHealthyModuleRunAsync(platform);
    }

    [Fact]
    public async Task A_dependent_of_a_module_that_throws_while_registering_is_faulted()
    {
        using var root = FixtureModuleRoot.With("fixtures.throws-on-register", LoaderAssert.Healthy);
        var dependent = root.Add("fixtures.depends-on-throws");
        root.SetDependencies(dependent, new Dictionary<string, string> { ["fixtures.throws-on-register"] = "^1.0.0" });
        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path);

        await LoaderAssert.FaultedAsync(platform, "fixtures.throws-on-register",
            "Module fixtures.throws-on-register threw while registering: InvalidOperationException: boom at register");
        await LoaderAssert.FaultedAsync(platform, "fixtures.depends-on-throws",
            "Module fixtures.depends-on-throws depends on fixtures.throws-on-register, which is faulted.");
        await LoaderAssert.HostAndHealthyModuleRunAsync(platform);
    }

    [Fact]
    public async Task A_dependent_of_a_module_refused_for_its_own_dependencies_is_faulted()
    {
        using var root = FixtureModuleRoot.With("fixtures.missing-dependency", LoaderAssert.Healthy);
        var dependent = root.Add("fixtures.depends-on-throws");
        root.SetDependencies(dependent, new Dictionary<string, string> { ["fixtures.missing-dependency"] = "^1.0.0" });
        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path);

        await LoaderAssert.FaultedAsync(platform, "fixtures.missing-dependency",
            "Module fixtures.missing-dependency depends on fixtures.absent ^1.0.0, which is not installed.");
        await LoaderAssert.FaultedAsync(platform, "fixtures.depends-on-throws",
            "Module fixtures.depends-on-throws depends on fixtures.missing-dependency, which is faulted.");
        await LoaderAssert.HostAndHealthyModuleRunAsync(platform);
    }

    [Fact]
    public async Task A_module_starts_after_its_dependency_even_when_its_id_sorts_first()
    {
        // fixtures.early-dependent sorts before fixtures.json-new, depends on it, and throws while starting
        // unless json-new's custom message says json-new has already started.
        using var root = FixtureModuleRoot.With("fixtures.early-dependent", "fixtures.json-old", LoaderAssert.Healthy);
        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path);

        await LoaderAssert.RunningAsync(platform, "fixtures.early-dependent");
        await LoaderAssert.RunningAsync(platform, "fixtures.json-old");
        await LoaderAssert.HostAndHealthyModuleRunAsync(platform);
        var order = await LoaderAssert.ModuleIdsAsync(platform);
        Assert.True(order.IndexOf("fixtures.json-new") < order.IndexOf("fixtures.early-dependent"), string.Join(", ", order));
    }

    [Fact]
    public async Task Without_its_dependency_the_early_dependent_is_faulted_and_never_started()
    {
        using var root = FixtureModuleRoot.With("fixtures.early-dependent", "fixtures.json-old");
        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path);

        await LoaderAssert.FaultedAsync(platform, "fixtures.early-dependent",
            "Module fixtures.early-dependent depends on fixtures.json-new ^1.0.0, which is not installed.");
        await LoaderAssert.RunningAsync(platform, "fixtures.json-old");
    }
}
