using System.ComponentModel.DataAnnotations;

namespace Platform.Modules.Pricing.Quotes;

/// <summary>
/// What an order's pricing uses beyond its lines (Core's order has no place for them): coupon codes, paid
/// presale deposits and the customer's member tier. Set with <c>PUT /api/pricing/orders/{id}/options</c>;
/// the order is priced again at once.
/// </summary>
internal sealed class OrderPricingOptions
{
    [MaxLength(20)]
    public IReadOnlyList<string>? CouponCodes { get; set; }

    [MaxLength(20)]
    public IReadOnlyList<Guid>? PaidDeposits { get; set; }

    [RegularExpression("^(Silver|Gold|Platinum)$", ErrorMessage = "The field {0} must be one of Silver, Gold, Platinum.")]
    public string? MemberTier { get; set; }
}
