using Microsoft.AspNetCore.Builder;
using Newtonsoft.Json;
using Platform.Sdk.Messages;
using Platform.Sdk.Modules;
using Platform.Sdk.Pipeline;

namespace Fixtures.JsonOld;

/// <summary>
/// Uses its own private Newtonsoft.Json. Serves the version it got over HTTP and as the custom message
/// <c>fixtures.json-old.version</c>; records that it started, so a dependent can check load order.
/// </summary>
public sealed class JsonOldModule : IModule
{
    /// <summary>The module id, as in module.json.</summary>
    public const string Id = "fixtures.json-old";

    private static int _started;

    /// <summary>True once the host has called <see cref="StartAsync"/> in this load context.</summary>
    internal static bool Started => Volatile.Read(ref _started) == 1;

    /// <inheritdoc />
    public void Register(IModuleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddMessage<VersionRequest, VersionResponse, VersionHandler>(Id + ".version")
            .MapEndpoints(e => e.MapGet("/api/fixtures/json-old/version", () => Describe("from http")));
    }

    /// <inheritdoc />
    public Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _started, 1);
        return Task.CompletedTask;
    }

    internal static VersionResponse Describe(string text) => new(
        Id,
        typeof(JsonConvert).Assembly.GetName().Version!.ToString(),
        JsonConvert.SerializeObject(new { text, module = Id }),
        Started);
}

/// <summary>The request of <c>fixtures.json-old.version</c>.</summary>
/// <param name="Text">Echoed back, serialised with Newtonsoft.Json.</param>
public sealed record VersionRequest(string Text);

/// <summary>The response of <c>fixtures.json-old.version</c>.</summary>
/// <param name="Module">The answering module.</param>
/// <param name="NewtonsoftVersion">The assembly version of the Newtonsoft.Json the module loaded.</param>
/// <param name="Serialized">The request text serialised with that Newtonsoft.Json.</param>
/// <param name="Started">Whether the module had been started when it answered.</param>
public sealed record VersionResponse(string Module, string NewtonsoftVersion, string Serialized, bool Started);

/// <summary>Handles <c>fixtures.json-old.version</c>.</summary>
public sealed class VersionHandler : ICustomMessageHandler<VersionRequest, VersionResponse>
{
    /// <inheritdoc />
    public ValueTask<VersionResponse> HandleAsync(VersionRequest request, IPipelineContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ValueTask.FromResult(JsonOldModule.Describe(request.Text));
    }
}
