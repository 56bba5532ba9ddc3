using Xunit;

namespace Platform.Architecture.Tests;

/// <summary>Modules reference only the SDK and what the host shares, never the host or each other.</summary>
public sealed class ModuleDependencyTests
{
    public static TheoryData<string> ModuleProjects => new(Repository.ModuleProjects);

    [Fact]
    public void Module_projects_are_found_under_modules()
    {
        Assert.NotEmpty(Repository.ModuleProjects);
        Assert.Contains("modules/Core/Platform.Modules.Core.csproj", Repository.ModuleProjects);
    }

    [Theory]
    [MemberData(nameof(ModuleProjects))]
    public void A_module_assembly_references_only_the_sdk_shared_assemblies_and_its_own_private_packages(string moduleProject)
    {
        var folder = Repository.PublishedFolder(moduleProject);
        var main = Repository.MainAssembly(folder);

        var violations = ReferenceRules.ModuleViolations(main, ReferenceRules.ShippedAssemblies(folder, main));

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        Assert.Contains("Platform.Sdk", ReferenceRules.ReferencesOf(main));
    }

    [Theory]
    [MemberData(nameof(ModuleProjects))]
    public void A_module_folder_ships_no_copy_of_the_sdk_the_host_or_another_module(string moduleProject)
    {
        var folder = Repository.PublishedFolder(moduleProject);
        var main = Repository.MainAssembly(folder);
        var self = ReferenceRules.NameOf(main);

        var copies = ReferenceRules.ShippedAssemblies(folder, main)
            .Where(n => n.Equals("Platform.Sdk", StringComparison.OrdinalIgnoreCase) || ReferenceRules.IsForbiddenPlatformAssembly(n, self))
            .ToList();

        Assert.True(copies.Count == 0, $"{folder} ships {string.Join(", ", copies)}.");
    }

    [Theory]
    [MemberData(nameof(ModuleProjects))]
    public void A_module_project_references_no_project_but_the_sdk(string moduleProject)
    {
        var violations = ReferenceRules.ProjectViolations(Path.Combine(Repository.Root, moduleProject), Repository.SdkProject);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void The_sdk_references_neither_the_host_nor_any_module()
    {
        var sdk = typeof(Platform.Sdk.Modules.IModule).Assembly.Location;

        var forbidden = ReferenceRules.ReferencesOf(sdk).Where(r => ReferenceRules.IsForbiddenPlatformAssembly(r, "Platform.Sdk")).ToList();

        Assert.Equal("Platform.Sdk", ReferenceRules.NameOf(sdk));
        Assert.Empty(forbidden);
    }

    [Fact]
    public void The_sdk_project_references_no_other_project()
    {
        var violations = ReferenceRules.ProjectViolations(Repository.SdkProject, sdkProject: Path.Combine(Repository.Root, "nothing.csproj"));

        Assert.Empty(violations);
    }

    [Fact]
    public void The_host_assembly_does_not_compile_against_any_module()
    {
        var modules = ReferenceRules.ReferencesOf(Repository.HostAssembly).Where(r => r.StartsWith("Platform.Modules.", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.Contains("Platform.Sdk", ReferenceRules.ReferencesOf(Repository.HostAssembly));
        Assert.Empty(modules);
    }
}
