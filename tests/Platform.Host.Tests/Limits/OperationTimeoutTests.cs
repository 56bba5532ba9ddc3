using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.Pipeline.Probe;
using Platform.Host.Tests.Support;
using Platform.Sdk.Pipeline;
using Xunit;
using static Platform.Host.Tests.Pipeline.Probe.ProbeRequests;

namespace Platform.Host.Tests.Limits;

/// <summary>A caller's operation has one time limit for all it runs, the main write included: 504, rolled back.</summary>
public sealed class OperationTimeoutTests
{
    [Theory]
    [InlineData(PipelineStage.PreOperation)]
    [InlineData(PipelineStage.PostOperation)]
    public async Task An_operation_past_its_time_limit_answers_504_and_writes_nothing(PipelineStage stage)
    {
        var generousStepLimit = At(PipelineMessages.Create, stage) with { Timeout = TimeSpan.FromSeconds(15) };
        await using var platform = await TestPlatform.StartAsync(
            modules: [ProbeModules.Notes(new ProbeRecorder(), b => b.AddStep<CooperativeSlowStep>(generousStepLimit))],
            settings: new Dictionary<string, string?> { ["Platform:Pipeline:OperationTimeout"] = "00:00:00.300" }).WithTablesAsync();

        var started = DateTime.UtcNow;
        var response = await PostNote(platform);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("exceeded its time limit of 300 ms and was rolled back", detail, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5), "the caller was not released at the operation's time limit");
        Assert.Equal((0, 0), await ProbeModules.CountAsync(platform));
    }

    [Fact]
    public async Task An_operation_within_its_time_limit_is_not_affected()
    {
        await using var platform = await TestPlatform.StartAsync(modules: [ProbeModules.Notes(new ProbeRecorder())],
            settings: new Dictionary<string, string?> { ["Platform:Pipeline:OperationTimeout"] = "00:00:05" }).WithTablesAsync();

        Assert.Equal(HttpStatusCode.Created, (await PostNote(platform)).StatusCode);
        Assert.Equal((1, 0), await ProbeModules.CountAsync(platform));
    }
}
