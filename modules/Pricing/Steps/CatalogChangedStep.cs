using Platform.Modules.Pricing.Quotes;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Pricing.Steps;

/// <summary>PostOperation on writes of price lists, methods, competitor prices and promotions: this host drops the tenant's compiled catalog.</summary>
internal sealed class CatalogChangedStep(PricingCatalogCache cache) : IPipelineStep
{
    public ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        cache.Invalidate(context.TenantId);
        return ValueTask.CompletedTask;
    }
}
