using Platform.Modules.Pricing.Engine.Money;

namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>A tenant's pricing settings the engine obeys.</summary>
public sealed record PricingPolicy
{
    /// <summary>Sequential compounding, two decimals half away from zero.</summary>
    public static PricingPolicy Default { get; } = new();

    /// <summary>How stacked discounts in a layer compound.</summary>
    public CompoundingMode Compounding { get; init; } = CompoundingMode.Sequential;

    /// <summary>Rounding per currency.</summary>
    public RoundingPolicy Rounding { get; init; } = RoundingPolicy.Default;
}
