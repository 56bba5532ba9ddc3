using Platform.Modules.Pricing.Engine.Promotions;

namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>A promotion that passed the sale checks for a quote, with the cart lines it applies to.</summary>
internal sealed class Candidate(CompiledPromotion promotion, int index, int[] lines)
{
    public CompiledPromotion Promotion { get; } = promotion;

    public PromotionDefinition Definition => Promotion.Definition;

    /// <summary>Position in the quote's candidate array.</summary>
    public int Index { get; } = index;

    /// <summary>Indexes of the cart lines it applies to, ascending.</summary>
    public int[] Lines { get; } = lines;

    public bool IsExclusive => Definition.Mode == ConcurrencyMode.Exclusive;

    /// <summary>Threshold, gift and coupon figures in minor units (set by <see cref="QuoteState"/>).</summary>
    public SpendPlan? Spend { get; set; }

    /// <summary>Computed line by line independently, so best-price competition is decided per line.</summary>
    public bool IsLineLocal => Definition.Kind is PromotionKind.DirectCut or PromotionKind.MemberPrice or PromotionKind.PresaleDeposit;

    /// <summary>Application order in a layer and tie-break: higher priority first, then id order.</summary>
    public static int Compare(Candidate a, Candidate b)
    {
        var byPriority = b.Definition.Priority.CompareTo(a.Definition.Priority);
        return byPriority != 0 ? byPriority : a.Promotion.Ordinal.CompareTo(b.Promotion.Ordinal);
    }
}
