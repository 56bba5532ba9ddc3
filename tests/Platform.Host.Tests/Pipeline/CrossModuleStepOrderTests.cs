using Platform.Host.Modules;
using Platform.Host.Tests.Pipeline.Probe;
using Platform.Host.Tests.Support;
using Platform.Sdk.Modules;
using Platform.Sdk.Pipeline;
using Xunit;
using static Platform.Host.Tests.Pipeline.Probe.ProbeRequests;

namespace Platform.Host.Tests.Pipeline;

/// <summary>
/// Steps of different modules at the same stage and rank run in a documented order: dependencies first, then by
/// module id (ordinal), whatever order the host found the modules in.
/// </summary>
public sealed class CrossModuleStepOrderTests
{
    private sealed class StepsOnly(Action<IModuleBuilder> steps) : IModule
    {
        public void Register(IModuleBuilder builder) => steps(builder);
    }

    private static InProcessModule Module(string id, Action<IModuleBuilder> steps) => new(ProbeModules.Manifest(id, null, "probe.notes"), new StepsOnly(steps));

    [Fact]
    public async Task Equal_rank_steps_run_by_dependency_order_then_module_id()
    {
        var recorder = new ProbeRecorder();
        var rankZero = At(PipelineMessages.Create, PipelineStage.PreOperation);
        await using var platform = await TestPlatform.StartAsync(modules:
        [
            Module("probe.zeta", b => b.AddStep<RecordStep<Tag1>>(rankZero)),
            Module("probe.alpha", b => b.AddStep<RecordStep<Tag2>>(rankZero)),
            ProbeModules.Notes(recorder, b => b.AddStep<RecordStep<Tag3>>(rankZero)),
        ]).WithTablesAsync();

        await PostNote(platform);

        Assert.Equal(["20:Tag3:tx=True", "20:Tag2:tx=True", "20:Tag1:tx=True", "30:main:tx=True"], recorder.Events);
    }
}
