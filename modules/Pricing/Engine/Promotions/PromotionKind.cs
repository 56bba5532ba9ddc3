namespace Platform.Modules.Pricing.Engine.Promotions;

/// <summary>The form of a promotion; each has its own parameters on <see cref="PromotionDefinition"/>.</summary>
public enum PromotionKind
{
    /// <summary>直降: percent or amount off per unit, or a special unit price.</summary>
    DirectCut,

    /// <summary>Buy N get M free / at X% off, or N for a price.</summary>
    Multibuy,

    /// <summary>Mix-and-match: N items of the applicable set for a deal price, a percentage off, or the cheapest free/discounted.</summary>
    Bundle,

    /// <summary>满减: tiers on the eligible subtotal, once or repeating (每满).</summary>
    Threshold,

    /// <summary>满赠: a zero-priced gift line at a spend threshold.</summary>
    Gift,

    /// <summary>秒杀: flash price with per-customer limit and reserved stock.</summary>
    FlashSale,

    /// <summary>Member price or percent for given member tiers.</summary>
    MemberPrice,

    /// <summary>定金膨胀: a paid deposit D counts as k × D against the final price.</summary>
    PresaleDeposit,

    /// <summary>A coupon's benefit, applied when the cart presents one of its codes.</summary>
    Coupon,
}
