using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Xunit;

namespace Platform.Architecture.Tests;

/// <summary>The checkers catch real violations: without these, a checker that finds nothing would pass every module.</summary>
public sealed class RuleCheckerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("platform-arch-").FullName;

    [Fact]
    public void The_host_assembly_judged_as_a_module_breaks_the_rule_with_its_third_party_packages()
    {
        // The host references McMaster.NETCore.Plugins, Scrutor and Semver: fine for the host, but a module
        // that did so without shipping them would not load.
        var violations = ReferenceRules.ModuleViolations(Repository.HostAssembly, privateAssemblies: []);

        Assert.Contains(violations, v => v.Contains("references McMaster.NETCore.Plugins, which the host does not share", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("references Scrutor,", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("references Semver,", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("references Platform.Sdk", StringComparison.Ordinal));
        // Microsoft.Data.Sqlite and Microsoft.OpenApi are the host's business, not shared with modules.
        Assert.Contains(violations, v => v.Contains("references Microsoft.Data.Sqlite,", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("references Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("references Microsoft.Extensions.", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("references Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.Contains("references System", StringComparison.Ordinal));
    }

    [Fact]
    public void A_module_assembly_referencing_the_host_and_another_module_is_caught_even_when_it_ships_them()
    {
        var module = WriteAssembly("Platform.Modules.Evil",
            "System.Runtime", "Platform.Sdk", "Microsoft.Extensions.Logging.Abstractions", "Microsoft.AspNetCore.Routing",
            "Microsoft.EntityFrameworkCore", "Newtonsoft.Json", "Platform.Host", "Platform.Modules.Core", "Unshipped.Library");
        WriteAssembly("Newtonsoft.Json");
        WriteAssembly("Platform.Host");
        WriteAssembly("Platform.Modules.Core");

        var shipped = ReferenceRules.ShippedAssemblies(_folder, module);
        var violations = ReferenceRules.ModuleViolations(module, shipped);

        Assert.Equal(["Newtonsoft.Json", "Platform.Host", "Platform.Modules.Core"], shipped);
        Assert.Equal(
        [
            "Platform.Modules.Evil references Platform.Host: a module talks to the host and to other modules only through Platform.Sdk.",
            "Platform.Modules.Evil references Platform.Modules.Core: a module talks to the host and to other modules only through Platform.Sdk.",
            "Platform.Modules.Evil references Unshipped.Library, which the host does not share and the module does not ship in its folder.",
        ], violations);
    }

    [Fact]
    public void A_module_project_referencing_the_host_or_another_module_is_caught()
    {
        var moduleDir = Path.Combine(_folder, "modules", "Evil");
        Directory.CreateDirectory(moduleDir);
        var sdk = Path.Combine(_folder, "sdk", "Platform.Sdk", "Platform.Sdk.csproj");
        var project = Path.Combine(moduleDir, "Platform.Modules.Evil.csproj");
        File.WriteAllText(project, """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="../../sdk/Platform.Sdk/Platform.Sdk.csproj" Private="false" ExcludeAssets="runtime" />
                <ProjectReference Include="..\Core\Platform.Modules.Core.csproj" />
                <ProjectReference Include="../../host/Platform.Host/Platform.Host.csproj" ReferenceOutputAssembly="false" />
                <Reference Include="Platform.Modules.Pricing">
                  <HintPath>../../artifacts/modules/platform.pricing/1.0.0/Platform.Modules.Pricing.dll</HintPath>
                </Reference>
                <PackageReference Include="Platform.Modules.Channels" />
                <PackageReference Include="Newtonsoft.Json" />
              </ItemGroup>
            </Project>
            """);

        var violations = ReferenceRules.ProjectViolations(project, sdk);

        Assert.Equal(
        [
            "Platform.Modules.Evil.csproj references the project ..\\Core\\Platform.Modules.Core.csproj: a module references no project but the SDK.",
            "Platform.Modules.Evil.csproj references the project ../../host/Platform.Host/Platform.Host.csproj: a module references no project but the SDK.",
            "Platform.Modules.Evil.csproj has a Reference to Platform.Modules.Pricing: a module references neither the host nor another module.",
            "Platform.Modules.Evil.csproj has a PackageReference to Platform.Modules.Channels: a module references neither the host nor another module.",
        ], violations);
    }

    [Fact]
    public void A_module_project_that_copies_the_sdk_is_caught()
    {
        var project = Path.Combine(_folder, "Platform.Modules.Copying.csproj");
        var sdk = Path.Combine(_folder, "Platform.Sdk.csproj");
        File.WriteAllText(project, """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="Platform.Sdk.csproj" />
              </ItemGroup>
            </Project>
            """);

        Assert.Equal(
            ["Platform.Modules.Copying.csproj references the SDK without Private=\"false\": the SDK is shared and must not be copied into the module."],
            ReferenceRules.ProjectViolations(project, sdk));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // left to the OS temp cleaner
        }
    }

    /// <summary>Writes a metadata-only assembly with the given name and assembly references into the test folder.</summary>
    private string WriteAssembly(string name, params string[] references)
    {
        var metadata = new MetadataBuilder();
        metadata.AddModule(0, metadata.GetOrAddString(name + ".dll"), metadata.GetOrAddGuid(Guid.NewGuid()), default, default);
        metadata.AddAssembly(metadata.GetOrAddString(name), new Version(1, 0, 0, 0), default, default, 0, AssemblyHashAlgorithm.Sha1);
        foreach (var reference in references)
        {
            metadata.AddAssemblyReference(metadata.GetOrAddString(reference), new Version(1, 0, 0, 0), default, default, default, default);
        }
        metadata.AddTypeDefinition(default, default, metadata.GetOrAddString("<Module>"), default,
            MetadataTokens.FieldDefinitionHandle(1), MetadataTokens.MethodDefinitionHandle(1));
        var pe = new ManagedPEBuilder(PEHeaderBuilder.CreateLibraryHeader(), new MetadataRootBuilder(metadata), new BlobBuilder());
        var image = new BlobBuilder();
        pe.Serialize(image);
        var path = Path.Combine(_folder, name + ".dll");
        File.WriteAllBytes(path, image.ToArray());
        return path;
    }
}
