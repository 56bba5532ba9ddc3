using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.Pipeline.Probe;
using Platform.Host.Tests.Support;
using Platform.Host.Tests.Tenants;
using Platform.Sdk.Pipeline;
using Xunit;

namespace Platform.Host.Tests.Pipeline;

/// <summary>Traces are kept in the catalog: they survive a restart and each tenant sees only its own.</summary>
public sealed class TracePersistenceTests
{
    /// <summary>Fresh in-process module instances for each host start.</summary>
    private static Platform.Host.Modules.InProcessModule[] Modules() =>
    [
        ProbeModules.Notes(new ProbeRecorder(), b => b
            .AddStep<SharedWriteStep>(new StepRegistration(PipelineMessages.Create, "note", PipelineStage.PreValidation))),
    ];

    [Fact]
    public async Task Traces_survive_a_restart_and_stay_with_their_tenant()
    {
        var folder = Directory.CreateTempSubdirectory("platform-traces-").FullName;
        var correlationId = Guid.NewGuid();
        var first = await TestPlatform.StartAsync(modules: Modules(), folder: folder).WithTablesAsync();
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/probe/notes") { Content = JsonContent.Create(new { title = "traced" }) })
        {
            request.Headers.Add("X-Correlation-Id", correlationId.ToString());
            Assert.Equal(HttpStatusCode.Created, (await first.Client.SendAsync(request)).StatusCode);
        }
        var other = await first.CreateTenantAsync("acme", "probe.notes");
        await first.StopAsync();

        await using var second = await TestPlatform.StartAsync(modules: Modules(), folder: folder);

        var traces = await second.Client.GetFromJsonAsync<JsonElement[]>($"/api/traces?correlationId={correlationId}");
        Assert.Equal("wrote ticket at 10", Assert.Single(traces!).GetProperty("lines")[0].GetString());
        var otherKey = other.DefaultRequestHeaders.GetValues("X-Api-Key").Single();
        Assert.Empty((await second.ClientWithKey(otherKey).GetFromJsonAsync<JsonElement[]>("/api/traces"))!);
    }
}
