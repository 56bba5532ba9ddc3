namespace Platform.Sdk.Tiers;

/// <summary>How a <see cref="TierTable"/> turns a measure into a payout.</summary>
public enum TierMode
{
    /// <summary>
    /// Non-cumulative: the tier the measure reaches prices the whole measure (150,000 reaching "above 100,000 at
    /// 12%" pays 18,000). Channels call this "retroactive" volume tiers; a per-sale tier is this mode on one sale.
    /// </summary>
    WholeAmount = 0,

    /// <summary>
    /// Cumulative (slab, progressive): each slice of the measure inside a tier is priced by that tier
    /// (0–20,000 at 5%, 20,000–100,000 at 8%, above at 12%: 150,000 pays 1,000 + 6,400 + 6,000 = 13,400).
    /// </summary>
    Marginal = 1,

    /// <summary>
    /// Marginal, except that reaching a tier marked <see cref="Tier.UnlocksRetroactively"/> re-prices everything
    /// from the table's first unit up to that tier's top at its rate; slices above it stay marginal.
    /// </summary>
    RetroactiveUnlock = 2,

    /// <summary>Marginal on quantities, each slice priced by its tier's <see cref="Tier.UnitPrice"/> (every tier needs one).</summary>
    PricePortion = 3,
}
