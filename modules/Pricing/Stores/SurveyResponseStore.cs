using Platform.Modules.Pricing.Data;
using Platform.Modules.Pricing.Model;
using Platform.Sdk.Data;

namespace Platform.Modules.Pricing.Stores;

/// <summary>Van Westendorp survey answers, kept as given (the analysis drops inconsistent ones).</summary>
internal sealed class SurveyResponseStore(PricingDbContext context)
    : EfEntityStore<PricingDbContext, SurveyResponseRow>(context, PricingEntities.SurveyResponse);
