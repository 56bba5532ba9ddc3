using Platform.Sdk.Messages;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Core.Funnel;

/// <summary>Custom message <c>core.funnel</c>: the funnel KPIs of a period's opportunities (see <see cref="FunnelService"/>).</summary>
public sealed class FunnelMessageHandler(FunnelService funnel) : ICustomMessageHandler<FunnelRequest, FunnelReport>
{
    /// <summary>The message's unique name.</summary>
    public const string MessageName = "core.funnel";

    /// <inheritdoc />
    public async ValueTask<FunnelReport> HandleAsync(FunnelRequest request, IPipelineContext context, CancellationToken cancellationToken) =>
        await funnel.ReportAsync(request, cancellationToken);
}
