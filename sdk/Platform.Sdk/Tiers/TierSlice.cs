namespace Platform.Sdk.Tiers;

/// <summary>Why a slice pays other than its tier's calculation.</summary>
public enum SliceClip
{
    /// <summary>Paid as calculated.</summary>
    None = 0,

    /// <summary>Raised to the tier's minimum payout.</summary>
    RaisedToMinimum = 1,

    /// <summary>Cut to the tier's maximum payout.</summary>
    CutToMaximum = 2,
}

/// <summary>The part of a measure one tier priced, and how.</summary>
/// <param name="TierIndex">Position of the tier in the table (0-based) whose rule priced the slice.</param>
/// <param name="TierName">The tier's <see cref="Tier.Name"/>.</param>
/// <param name="From">Start of the slice, in measure units (bounds already multiplied by the bound scale).</param>
/// <param name="To">End of the slice.</param>
/// <param name="Rate">The rate applied, when the tier pays a rate.</param>
/// <param name="UnitPrice">The unit price applied, when the tier pays per unit.</param>
/// <param name="FixedAmount">The fixed amount, when the tier pays one.</param>
/// <param name="Calculated">What the rule gives (rounded when the evaluation rounds), before the tier's minimum or maximum.</param>
/// <param name="Amount">What the slice pays.</param>
/// <param name="Clip">Whether a minimum or a maximum changed the amount.</param>
/// <param name="Retroactive">True when a tier reached later re-priced this slice at its own rate (retroactive unlock).</param>
public sealed record TierSlice(
    int TierIndex,
    string? TierName,
    decimal From,
    decimal To,
    decimal? Rate,
    decimal? UnitPrice,
    decimal? FixedAmount,
    decimal Calculated,
    decimal Amount,
    SliceClip Clip,
    bool Retroactive)
{
    /// <summary>Width of the slice: the quantity of measure it priced.</summary>
    public decimal Quantity => To - From;
}
