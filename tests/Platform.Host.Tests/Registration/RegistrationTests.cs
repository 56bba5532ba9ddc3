using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Host.Modules;
using Platform.Host.Tests.Pipeline.Probe;
using Platform.Host.Tests.Support;
using Platform.Sdk.Modules;
using Xunit;

namespace Platform.Host.Tests.Registration;

/// <summary>What the host refuses while registering a module, and what it accepts.</summary>
public sealed class RegistrationTests
{
    public sealed class ProbeSettings
    {
        [Range(1, 100)]
        public int BatchSize { get; set; } = 10;

        [Required, RegularExpression("^[A-Z]{3}$")]
        public string Currency { get; set; } = "CNY";
    }

    private sealed class LambdaModule(Action<IModuleBuilder> register) : IModule
    {
        public void Register(IModuleBuilder builder) => register(builder);
    }

    private static InProcessModule Module(string id, string? schema, Action<IModuleBuilder> register) =>
        new(ProbeModules.Manifest(id, schema), new LambdaModule(register));

    private static async Task<string?> FaultOf(TestPlatform platform, string id)
    {
        var module = await platform.GetModuleAsync(id);
        return module.GetProperty("state").GetString() == "faulted" ? module.GetProperty("faultReason").GetString() : null;
    }

    [Fact]
    public async Task Settings_are_bound_from_configuration_and_validated_by_their_contract()
    {
        await using var platform = await TestPlatform.StartAsync(
            modules: [Module("probe.good", null, b => b.AddSettings<ProbeSettings>()), Module("probe.bad", null, b => b.AddSettings<ProbeSettings>())],
            settings: new Dictionary<string, string?>
            {
                ["Modules:probe.good:BatchSize"] = "42",
                ["Modules:probe.bad:BatchSize"] = "500",
                ["Modules:probe.bad:Currency"] = "yuan",
            });

        var reason = await FaultOf(platform, "probe.bad");

        Assert.Null(await FaultOf(platform, "probe.good"));
        Assert.Equal(42, platform.Services.GetRequiredService<IOptions<ProbeSettings>>().Value.BatchSize);
        Assert.StartsWith("Module probe.bad was refused: Settings of probe.bad are invalid:", reason);
        Assert.Contains("BatchSize: The field BatchSize must be between 1 and 100.", reason);
        Assert.Contains("Currency:", reason);
    }

    [Fact]
    public async Task A_dbcontext_without_a_schema_is_refused_and_another_module_may_own_an_entity_of_the_same_name()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await TestPlatform.StartAsync(modules:
        [
            ProbeModules.Notes(recorder),
            Module("probe.noschema", null, b => b.AddDbContext<AuditDbContext>()),
            Module("probe.second", null, b => b.AddEntityStore<NoteStore>("note")),
        ]);

        Assert.Equal("Module probe.noschema was refused: AuditDbContext needs a schema, but module.json declares none.", await FaultOf(platform, "probe.noschema"));
        Assert.Null(await FaultOf(platform, "probe.second")); // names are owned per module (ADR 0018)
        Assert.Null(await FaultOf(platform, "probe.notes"));
    }

    [Fact]
    public async Task A_module_switched_off_in_configuration_is_disabled_and_its_dependents_fault()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await TestPlatform.StartAsync(
            modules: [ProbeModules.Notes(recorder), ProbeModules.Audit()],
            settings: new Dictionary<string, string?> { ["Modules:probe.notes:Enabled"] = "false" });

        var notes = await platform.GetModuleAsync("probe.notes");

        Assert.Equal("disabled", notes.GetProperty("state").GetString());
        Assert.Equal("Module probe.audit depends on probe.notes, which is disabled.", await FaultOf(platform, "probe.audit"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await platform.Client.GetAsync("/api/probe/notes")).StatusCode);
    }

    [Fact]
    public async Task Modules_are_listed_in_dependency_order()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await TestPlatform.StartAsync(modules: [ProbeModules.Audit(), ProbeModules.Notes(recorder)]);

        var ids = (await platform.GetModulesAsync()).Select(m => m.GetProperty("id").GetString()).ToList();

        Assert.Equal(["probe.notes", "probe.audit"], ids);
    }
}
