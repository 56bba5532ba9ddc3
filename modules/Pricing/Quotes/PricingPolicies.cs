using Platform.Modules.Pricing.Engine.Money;
using Platform.Modules.Pricing.Engine.Stacking;
using Platform.Modules.Pricing.Settings;
using Platform.Sdk.Monetary;

namespace Platform.Modules.Pricing.Quotes;

/// <summary>The engine's policy from a tenant's settings (rounding per currency, compounding).</summary>
internal static class PricingPolicies
{
    public static PricingPolicy From(PricingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var currencies = CurrencyPolicy.Parse(settings.CurrencyDecimals, settings.MoneyDecimals, RoundingRules.FromMidpointRounding(settings.MoneyRounding));
        return new PricingPolicy
        {
            Compounding = settings.Compounding,
            Rounding = RoundingPolicy.From(currencies, settings.MoneyRounding),
        };
    }
}
