using Platform.Modules.Pricing.Data;
using Platform.Modules.Pricing.Model;
using Platform.Sdk.Data;

namespace Platform.Modules.Pricing.Stores;

/// <summary>Competitors' observed prices (the inputs of competition-based pricing).</summary>
internal sealed class CompetitorPriceStore(PricingDbContext context)
    : EfEntityStore<PricingDbContext, CompetitorPriceRow>(context, PricingEntities.CompetitorPrice);
