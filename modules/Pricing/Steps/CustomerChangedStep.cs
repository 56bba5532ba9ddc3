using Platform.Modules.Pricing.Quotes;
using Platform.Sdk.Data;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Pricing.Steps;

/// <summary>PostOperation on Core's customer update and delete: this host forgets the customer's pricing facts.</summary>
internal sealed class CustomerChangedStep(CustomerFactsCache customers) : IPipelineStep
{
    public ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        var id = context.Target?.Id ?? (context.InputParameters.TryGetValue(nameof(Entity.Id), out var value) && value is Guid given ? given : Guid.Empty);
        customers.Invalidate(context.TenantId, id);
        return ValueTask.CompletedTask;
    }
}
