namespace Platform.Modules.Pricing.Engine.Promotions;

/// <summary>The stage at which a promotion is evaluated; layers run in this order, each on the amounts the previous left.</summary>
public enum PromotionLayer
{
    /// <summary>Unit-price promotions (direct cuts, flash sales).</summary>
    UnitPrice = 0,

    /// <summary>Item-subtotal promotions (multibuy, bundles, presale credits).</summary>
    ItemSubtotal = 1,

    /// <summary>Order thresholds (满减, 满赠).</summary>
    OrderThreshold = 2,

    /// <summary>Coupons.</summary>
    Coupon = 3,

    /// <summary>Member prices and member discounts.</summary>
    Member = 4,
}
