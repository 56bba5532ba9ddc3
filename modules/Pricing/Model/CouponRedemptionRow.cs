namespace Platform.Modules.Pricing.Model;

/// <summary>A coupon code used by a completed order (counted against the code's, the customer's and the coupon's limits).</summary>
internal sealed class CouponRedemptionRow
{
    public Guid Id { get; set; }

    public Guid PromotionId { get; set; }

    public Guid CouponCodeId { get; set; }

    public Guid CustomerId { get; set; }

    public Guid OrderId { get; set; }

    public DateTimeOffset RedeemedAt { get; set; }
}
