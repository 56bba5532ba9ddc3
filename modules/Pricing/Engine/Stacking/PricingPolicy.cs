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

    /// <summary>
    /// Up to this many applicable line-level exclusives in one cart, every combination of them on disjoint lines
    /// is searched exactly (branch and bound); above it the combination is greedy and the result says so
    /// (<see cref="Explanation.PricingResult.SearchNote"/>). Default 16 (ADR 0010).
    /// </summary>
    public int MaxExactExclusives { get; init; } = 16;

    /// <summary>
    /// Up to this many multi-line best-price contenders competing (directly or through others) for the same lines
    /// of a layer, the non-conflicting winners with the largest total saving are found exactly; above it the choice
    /// is greedy by saving and the result says so. Default 16 (ADR 0010).
    /// </summary>
    public int MaxExactBestPriceContenders { get; init; } = 16;
}
