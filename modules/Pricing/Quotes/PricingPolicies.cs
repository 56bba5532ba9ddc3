using System.Globalization;
using Platform.Modules.Pricing.Engine.Money;
using Platform.Modules.Pricing.Engine.Stacking;
using Platform.Modules.Pricing.Settings;

namespace Platform.Modules.Pricing.Quotes;

/// <summary>The engine's policy from a tenant's settings (rounding per currency, compounding).</summary>
internal static class PricingPolicies
{
    public static PricingPolicy From(PricingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var byCurrency = new Dictionary<string, CurrencyRounding>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in settings.CurrencyDecimals.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split(':');
            byCurrency[parts[0]] = new CurrencyRounding(int.Parse(parts[1], CultureInfo.InvariantCulture), settings.MoneyRounding);
        }
        return new PricingPolicy
        {
            Compounding = settings.Compounding,
            Rounding = new RoundingPolicy(byCurrency, new CurrencyRounding(settings.MoneyDecimals, settings.MoneyRounding)),
        };
    }
}
