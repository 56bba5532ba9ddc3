using Platform.Host.Tests.Pipeline.Probe;
using Platform.Sdk.Data;
using Platform.Sdk.Pipeline;
using Platform.Sdk.Testing;
using Xunit;

namespace Platform.Host.Tests.Pipeline;

/// <summary>The SDK test kit lets a module author run a step without a host.</summary>
public sealed class SdkTestKitTests
{
    [Fact]
    public async Task A_step_runs_against_a_test_context_and_its_changes_and_traces_are_visible()
    {
        var target = new Entity("note") { ["title"] = "quiet" };
        var context = new TestPipelineContext(PipelineMessages.Create, "note", PipelineStage.PreValidation, target);

        await new UppercaseTitleStep().ExecuteAsync(context, CancellationToken.None);
        await new SharedWriteStep().ExecuteAsync(context, CancellationToken.None);

        Assert.Equal("QUIET", context.Target!["title"]);
        Assert.Equal("from 10", context.SharedVariables["ticket"]);
        Assert.Equal(["wrote ticket at 10"], context.Traces.Lines);
    }

    [Fact]
    public async Task A_refusing_step_throws_the_sdk_exception_with_field_errors()
    {
        var context = new TestPipelineContext(PipelineMessages.Create, "note", PipelineStage.PreOperation, new Entity("note"));

        var error = await Assert.ThrowsAsync<InvalidPluginExecutionException>(async () => await new RefuseStep().ExecuteAsync(context, CancellationToken.None));

        Assert.Equal(["Not allowed."], error.Errors["title"]);
        Assert.Equal(400, error.StatusCode);
    }
}
