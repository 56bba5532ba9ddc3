using Microsoft.AspNetCore.Builder;
using Platform.Sdk.Modules;

namespace Fixtures.ThrowsOnStart;

/// <summary>Registers fine, maps an endpoint, then throws while starting.</summary>
public sealed class ThrowsOnStartModule : IModule
{
    /// <inheritdoc />
    public void Register(IModuleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.MapEndpoints(e => e.MapGet("/api/fixtures/throws-on-start/ping", () => "pong"));
    }

    /// <inheritdoc />
    public Task StartAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("boom at start");
}
