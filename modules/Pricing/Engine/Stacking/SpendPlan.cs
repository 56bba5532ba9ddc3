using Platform.Modules.Pricing.Engine.Money;
using Platform.Modules.Pricing.Engine.Promotions;

namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>
/// A spend-based promotion's figures (threshold, gift, coupon) in the quote currency's minor units, worked
/// out once per quote instead of in every alternative. Thresholds are rounded up to a whole unit (a spend
/// of whole units reaches x exactly when it reaches ⌈x⌉).
/// </summary>
internal sealed class SpendPlan
{
    private SpendPlan(long[] tierUnits, long?[] amountOffUnits, decimal?[] percentOff, long capUnits, bool repeating, bool exactUnits)
    {
        TierUnits = tierUnits;
        AmountOffUnits = amountOffUnits;
        PercentOff = percentOff;
        CapUnits = capUnits;
        Repeating = repeating;
        ExactUnits = exactUnits;
    }

    /// <summary>Thresholds, ascending.</summary>
    public long[] TierUnits { get; }

    /// <summary>Per tier, the amount off (null for a percentage).</summary>
    public long?[] AmountOffUnits { get; }

    /// <summary>Per tier, the percentage off (null for an amount).</summary>
    public decimal?[] PercentOff { get; }

    /// <summary>Cap of the discount (<see cref="long.MaxValue"/> when none).</summary>
    public long CapUnits { get; }

    /// <summary>每满: the single tier applies once per full threshold.</summary>
    public bool Repeating { get; }

    /// <summary>True when every threshold is a whole number of minor units (then 每满 counts by integer division).</summary>
    public bool ExactUnits { get; }

    public static SpendPlan? For(PromotionDefinition d, CurrencyRounding r)
    {
        switch (d.Kind)
        {
            case PromotionKind.Threshold when d.Threshold is { } p:
            {
                var tiers = p.Tiers.OrderBy(t => t.Threshold).ToArray();
                return new SpendPlan(
                    [.. tiers.Select(t => Ceiling(t.Threshold, r))],
                    [.. tiers.Select(t => t.AmountOff is { } off ? r.ToUnits(off) : (long?)null)],
                    [.. tiers.Select(t => t.PercentOff)],
                    p.MaxDiscount is { } cap ? r.ToUnits(cap) : long.MaxValue,
                    p.Repeating,
                    tiers.All(t => t.Threshold * r.Scale == decimal.Truncate(t.Threshold * r.Scale)));
            }
            case PromotionKind.Gift when d.Gift is { } p:
                return new SpendPlan([Ceiling(p.Threshold, r)], [null], [null], long.MaxValue, false, true);
            case PromotionKind.Coupon when d.Coupon is { } p:
                return new SpendPlan([Ceiling(p.Threshold, r)], [p.AmountOff is { } off ? r.ToUnits(off) : null], [p.PercentOff],
                    p.MaxDiscount is { } couponCap ? r.ToUnits(couponCap) : long.MaxValue, false, true);
            default:
                return null;
        }
    }

    private static long Ceiling(decimal amount, CurrencyRounding r) => decimal.ToInt64(decimal.Ceiling(amount * r.Scale));
}
