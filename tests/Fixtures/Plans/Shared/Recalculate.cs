using System.ComponentModel.DataAnnotations;
using Platform.Sdk.Messages;
using Platform.Sdk.Pipeline;

namespace Fixtures.Plans;

/// <summary>The request of the fixture's message <c>recalculate</c>.</summary>
/// <param name="Amount">The amount to recalculate.</param>
public sealed record RecalculateRequest([property: Range(0, 1_000_000)] decimal Amount);

/// <summary>Who recalculated, for whom, and the result (each fixture multiplies by its own factor).</summary>
public sealed record RecalculateResponse(string Module, decimal Result, string Tenant, string User);

/// <summary>The handler of <c>recalculate</c>.</summary>
public sealed class RecalculateHandler : ICustomMessageHandler<RecalculateRequest, RecalculateResponse>
{
    /// <inheritdoc />
    public ValueTask<RecalculateResponse> HandleAsync(RecalculateRequest request, IPipelineContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(new RecalculateResponse(PlansModule.Id, request.Amount * PlansModule.Factor, context.TenantId, context.InitiatingUserId));
    }
}
