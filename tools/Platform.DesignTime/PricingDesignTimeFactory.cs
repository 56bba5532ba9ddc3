using Platform.Modules.Pricing;
using Platform.Modules.Pricing.Data;

namespace Platform.DesignTime;

/// <summary>Builds <see cref="PricingDbContext"/> (schema <c>pricing</c>) for <c>dotnet ef</c>.</summary>
public sealed class PricingDesignTimeFactory() : ModuleDesignTimeFactory<PricingDbContext>(PricingModule.Schema);
