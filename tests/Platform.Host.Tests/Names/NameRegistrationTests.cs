using System.Net;
using System.Net.Http.Json;
using Platform.Host.Modules;
using Platform.Host.Tests.Loader;
using Platform.Host.Tests.Pipeline.Probe;
using Platform.Host.Tests.Support;
using Platform.Host.Tests.Tenants;
using Platform.Sdk.Modules;
using Platform.Sdk.Pipeline;
using Xunit;

namespace Platform.Host.Tests.Names;

/// <summary>What the host accepts as entity and message names, and how steps name the entity they attach to (ADR 0018).</summary>
public sealed class NameRegistrationTests
{
    private sealed class LambdaModule(Action<IModuleBuilder> register) : IModule
    {
        public void Register(IModuleBuilder builder) => register(builder);
    }

    /// <summary>Refuses every operation it sees, naming the entity: proves where a step is attached.</summary>
    public sealed class RefusingStep : IPipelineStep
    {
        public ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken) =>
            throw new InvalidPluginExecutionException($"refused {context.MessageName} of {context.EntityName}");
    }

    private static InProcessModule Module(string id, Action<IModuleBuilder> register, params string[] dependencies) =>
        new(ProbeModules.Manifest(id, null, dependencies), new LambdaModule(register));

    private static async Task<string?> FaultOf(TestPlatform platform, string id)
    {
        var module = await platform.GetModuleAsync(id);
        return module.GetProperty("state").GetString() == "faulted" ? module.GetProperty("faultReason").GetString() : null;
    }

    [Theory]
    [InlineData("Plan", "may contain only lower case letters a-z and digits, separated by single dots, dashes or underscores, starting with a letter")]
    [InlineData("plan item", "may contain only lower case letters")]
    [InlineData("1plan", "may contain only lower case letters")]
    [InlineData("plan..item", "may contain only lower case letters")]
    [InlineData("acme/plan", "contains '/', which separates a module id from a name")]
    [InlineData("create", "is reserved for the platform's data messages (create, update, delete, retrieve, retrievemultiple, associate, disassociate)")]
    [InlineData("", "has no name")]
    [InlineData("a23456789012345678901234567890123456789012345678901234567890123456", "is 66 characters long; at most 64 are allowed")]
    public async Task An_entity_or_message_name_outside_the_rules_is_refused_with_what_is_allowed(string name, string reason)
    {
        await using var platform = await TestPlatform.StartAsync(modules:
        [
            Module("probe.entity", b => b.AddEntityStore<PlanLikeStore>(name)),
            Module("probe.message", b => b.AddMessage<Ping, Ping, PingHandler>(name)),
        ]);

        Assert.Contains(reason, await FaultOf(platform, "probe.entity"));
        Assert.Contains(reason, await FaultOf(platform, "probe.message"));
    }

    [Fact]
    public async Task Names_with_dots_dashes_and_underscores_are_accepted()
    {
        await using var platform = await TestPlatform.StartAsync(modules:
        [
            Module("probe.names", b => b.AddEntityStore<PlanLikeStore>("sales_plan-2.draft").AddMessage<Ping, Ping, PingHandler>("plans.re-calculate_all")),
        ]);

        Assert.Null(await FaultOf(platform, "probe.names"));
    }

    [Fact]
    public async Task A_module_that_owns_a_name_twice_is_refused_but_two_modules_may_own_the_same_name()
    {
        await using var platform = await TestPlatform.StartAsync(modules:
        [
            Module("probe.one", b => b.AddEntityStore<PlanLikeStore>("plan").AddMessage<Ping, Ping, PingHandler>("recalculate")),
            Module("probe.two", b => b.AddEntityStore<PlanLikeStore>("plan").AddMessage<Ping, Ping, PingHandler>("recalculate")),
            Module("probe.twice", b => b.AddEntityStore<PlanLikeStore>("plan").AddEntityStore<PlanLikeStore>("plan")),
            Module("probe.twice-message", b => b.AddMessage<Ping, Ping, PingHandler>("ping").AddMessage<Ping, Ping, PingHandler>("ping")),
        ]);

        Assert.Null(await FaultOf(platform, "probe.one"));
        Assert.Null(await FaultOf(platform, "probe.two"));
        Assert.Equal("Module probe.twice was refused: Entity 'plan' is registered twice by module probe.twice; an entity name is unique within its module.",
            await FaultOf(platform, "probe.twice"));
        Assert.Equal("Module probe.twice-message was refused: Custom message 'ping' is registered twice by module probe.twice-message; a message name is unique within its module.",
            await FaultOf(platform, "probe.twice-message"));
    }

    [Fact]
    public async Task A_message_that_requires_a_permission_its_manifest_does_not_declare_is_refused()
    {
        await using var platform = await TestPlatform.StartAsync(modules: [Module("probe.perm", b => b.AddMessage<Ping, Ping, PingHandler>("ping", "probe.perm.ping"))]);

        Assert.Equal("Module probe.perm was refused: Custom message 'ping' requires the permission 'probe.perm.ping', which module.json does not declare under permissions.",
            await FaultOf(platform, "probe.perm"));
    }

    [Fact]
    public async Task A_step_on_an_unqualified_name_two_modules_own_is_refused_and_a_qualified_step_attaches_to_that_owner_only()
    {
        using var root = FixtureModuleRoot.With(OwnedNamesTests.Alpha, OwnedNamesTests.Beta);
        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path, modules:
        [
            Module("probe.vague", b => b.AddStep<RefusingStep>(new StepRegistration(PipelineMessages.Create, "plan", PipelineStage.PreValidation)),
                OwnedNamesTests.Alpha, OwnedNamesTests.Beta),
            Module("probe.precise", b => b.AddStep<RefusingStep>(new StepRegistration(PipelineMessages.Create, $"{OwnedNamesTests.Beta}/plan", PipelineStage.PreValidation))
                .AddStep<RefusingStep>(new StepRegistration($"{OwnedNamesTests.Alpha}/recalculate", null, PipelineStage.PreValidation))),
        ]);

        var alpha = await platform.Client.PostAsync(new Uri("/api/plans-alpha/plans?message=fixtures.plans-beta/recalculate", UriKind.Relative), null);
        var beta = await (await platform.Client.PostAsync(new Uri("/api/plans-beta/plans", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.BadRequest);
        var recalculate = await (await platform.Client.PostAsJsonAsync($"/api/messages/{OwnedNamesTests.Alpha}/recalculate", new { amount = 1m })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Module probe.vague was refused: Step Create attaches to the entity 'plan', which several modules own (fixtures.plans-alpha/plan, fixtures.plans-beta/plan); qualify it with the owner's module id.",
            await FaultOf(platform, "probe.vague"));
        Assert.True(alpha.StatusCode == HttpStatusCode.OK, await alpha.Content.ReadAsStringAsync());
        Assert.Equal("refused Create of plan", beta.GetProperty("detail").GetString());
        Assert.Equal("refused recalculate of ", recalculate.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_step_of_the_owning_module_attaches_to_its_own_entity_by_the_unqualified_name()
    {
        using var root = FixtureModuleRoot.With(OwnedNamesTests.Alpha);
        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path, modules:
        [
            Module("probe.own", b => b.AddEntityStore<PlanLikeStore>("plan")
                .AddStep<RefusingStep>(new StepRegistration(PipelineMessages.Create, "plan", PipelineStage.PreValidation)), OwnedNamesTests.Alpha),
        ]);

        var alpha = await platform.Client.PostAsync(new Uri("/api/plans-alpha/plans", UriKind.Relative), null);
        var own = await Assert.ThrowsAsync<InvalidPluginExecutionException>(() => platform.DataServiceOf("probe.own").CreateAsync(new Platform.Sdk.Data.Entity("plan")));

        Assert.True(alpha.StatusCode == HttpStatusCode.OK, await alpha.Content.ReadAsStringAsync());
        Assert.Equal("refused Create of plan", own.Message);
    }
}
