using System.Net.Http.Json;
using Platform.Host.Tests.Support;
using Platform.Sdk.Pipeline;

namespace Platform.Host.Tests.Pipeline.Probe;

/// <summary>Step registrations on the probe's note entity and requests to its endpoint.</summary>
public static class ProbeRequests
{
    public static StepRegistration At(string message, PipelineStage stage, int rank = 0) => new(message, "note", stage) { Rank = rank };

    public static Task<HttpResponseMessage> PostNote(TestPlatform platform, string title = "hello", Guid? correlationId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/probe/notes") { Content = JsonContent.Create(new { title }) };
        if (correlationId is { } id)
        {
            request.Headers.Add("X-Correlation-Id", id.ToString());
        }
        return platform.Client.SendAsync(request);
    }
}
