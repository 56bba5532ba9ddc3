using Platform.Host.Modules;
using Platform.Sdk.Modules;
using Semver;
using Xunit;

namespace Platform.Host.Tests.Loader;

/// <summary>DependencyResolver and ManifestValidator on in-memory descriptors.</summary>
public sealed class DependencyResolverTests
{
    private static ModuleDescriptor Module(string id, string version = "1.0.0", string sdk = "^2.0.0", string? schema = null, params (string Id, string Range)[] dependencies) =>
        new(new ModuleManifest
        {
            Id = id,
            Version = version,
            Sdk = sdk,
            Schema = schema,
            Dependencies = dependencies.ToDictionary(d => d.Id, d => d.Range),
        }, $"/modules/{id}/{version}");

    [Fact]
    public void Modules_are_ordered_after_their_dependencies_and_otherwise_by_id()
    {
        var c = Module("t.c");
        var a = Module("t.a", dependencies: ("t.b", "^1.0.0"));
        var b = Module("t.b", dependencies: ("t.c", ">=1.0.0"));
        var d = Module("t.d");

        var order = DependencyResolver.Resolve([a, b, c, d]);

        Assert.Equal(["t.c", "t.b", "t.a", "t.d"], order.Select(m => m.Id));
        Assert.All([a, b, c, d], m => Assert.Equal(ModuleState.Running, m.State));
    }

    [Fact]
    public void Missing_and_out_of_range_dependencies_fault_the_module_and_cascade_to_dependents()
    {
        var missing = Module("t.missing", dependencies: ("t.absent", "^1.0.0"));
        var outOfRange = Module("t.range", dependencies: ("t.old", "^2.0.0"));
        var old = Module("t.old", version: "1.4.0");
        var chained = Module("t.chained", dependencies: ("t.missing", "*"));
        var healthy = Module("t.healthy", dependencies: ("t.old", "~1.4.0"));

        var order = DependencyResolver.Resolve([missing, outOfRange, old, chained, healthy]);

        Assert.Equal(["t.old", "t.healthy"], order.Select(m => m.Id));
        Assert.Equal("Module t.missing depends on t.absent ^1.0.0, which is not installed.", missing.FaultReason);
        Assert.Equal("Module t.range depends on t.old ^2.0.0, but version 1.4.0 is installed.", outOfRange.FaultReason);
        Assert.Equal("Module t.chained depends on t.missing, which is faulted.", chained.FaultReason);
    }

    [Fact]
    public void Every_member_of_a_cycle_is_faulted_with_the_same_path_and_bystanders_are_not()
    {
        var a = Module("t.a", dependencies: ("t.b", "*"));
        var b = Module("t.b", dependencies: ("t.c", "*"));
        var c = Module("t.c", dependencies: ("t.a", "*"));
        var bystander = Module("t.z");

        var order = DependencyResolver.Resolve([c, bystander, b, a]);

        Assert.Equal(["t.z"], order.Select(m => m.Id));
        foreach (var member in new[] { a, b, c })
        {
            Assert.Equal($"Module {member.Id} is part of a dependency cycle: t.a -> t.b -> t.c -> t.a.", member.FaultReason);
        }
    }

    [Fact]
    public void A_dependent_of_a_cycle_member_is_faulted_as_depending_on_a_faulted_module()
    {
        var a = Module("t.a", dependencies: ("t.b", "*"));
        var b = Module("t.b", dependencies: ("t.a", "*"));
        var user = Module("t.user", dependencies: ("t.a", "^1.0.0"));

        Assert.Empty(DependencyResolver.Resolve([a, b, user]));
        Assert.Equal("Module t.user depends on t.a, which is faulted.", user.FaultReason);
    }

    [Fact]
    public void Duplicate_ids_and_schemas_fault_every_claimant()
    {
        var first = new ModuleDescriptor(new ModuleManifest { Id = "t.dup", Version = "1.0.0", Sdk = "*" }, "/r/one");
        var second = new ModuleDescriptor(new ModuleManifest { Id = "t.dup", Version = "1.1.0", Sdk = "*" }, "/r/two");
        var schemaA = Module("t.sa", schema: "shared");
        var schemaB = Module("t.sb", schema: "shared");

        Assert.Empty(DependencyResolver.Resolve([second, first, schemaA, schemaB]));

        Assert.Equal("Duplicate module id 't.dup': found in /r/one and /r/two.", first.FaultReason);
        Assert.Equal(first.FaultReason, second.FaultReason);
        Assert.Equal("Schema 'shared' is claimed by more than one module: /modules/t.sa/1.0.0 and /modules/t.sb/1.0.0.", schemaA.FaultReason);
        Assert.Equal(schemaA.FaultReason, schemaB.FaultReason);
    }

    [Theory]
    [InlineData("Bad_Id", "1.0.0", "^1.0.0", null, "Module id 'Bad_Id' is not of the form publisher.name (lower case letters, digits, dashes).")]
    [InlineData("t.ok", "1.0", "^1.0.0", null, "Module t.ok: version '1.0' is not a SemVer 2.0 version.")]
    [InlineData("t.ok", "1.0.0", "one", null, "Module t.ok: SDK range 'one' is not a valid version range.")]
    [InlineData("t.ok", "1.0.0", "^2.0.0", null, "Module t.ok 1.0.0 requires SDK ^2.0.0, but this host provides SDK 1.0.0.")]
    [InlineData("t.ok", "1.0.0", "^1.0.0", "Bad-Schema", "Module t.ok: schema 'Bad-Schema' must be lower case letters, digits and underscores, starting with a letter.")]
    [InlineData("t.ok", "1.0.0", "^1.0.0", null, null)]
    public void The_validator_reports_the_first_problem_of_a_manifest(string id, string version, string sdk, string? schema, string? reason)
    {
        var module = Module(id, version, sdk, schema);

        var valid = ManifestValidator.Validate(module, SemVersion.Parse("1.0.0", SemVersionStyles.Strict));

        Assert.Equal(reason is null, valid);
        Assert.Equal(reason, module.FaultReason);
    }

    [Fact]
    public void The_validator_rejects_an_invalid_dependency_range()
    {
        var module = Module("t.ok", dependencies: ("t.other", "not a range"));

        Assert.False(ManifestValidator.Validate(module, DependencyResolver.HostSdkVersion));
        Assert.Equal("Module t.ok: the version range 'not a range' of dependency t.other is not valid.", module.FaultReason);
    }

    [Fact]
    public void The_host_sdk_version_is_the_sdk_assembly_version()
    {
        Assert.Equal("2.0.0", DependencyResolver.HostSdkVersion.ToString());
        Assert.Equal(new Version(2, 0, 0, 0), typeof(IModule).Assembly.GetName().Version);
    }
}
