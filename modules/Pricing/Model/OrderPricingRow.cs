namespace Platform.Modules.Pricing.Model;

/// <summary>
/// How an order was priced: the quote (with its explanation, as JSON), the manual discount measured
/// against the approval bands, and the approval state.
/// </summary>
internal sealed class OrderPricingRow
{
    public Guid OrderId { get; set; }

    public Guid CustomerId { get; set; }

    public decimal Subtotal { get; set; }

    public decimal PromotionDiscount { get; set; }

    public decimal ManualDiscountPercent { get; set; }

    public decimal Total { get; set; }

    public ApprovalStatus Approval { get; set; }

    /// <summary>The permission the discount's band requires (a key role for orders priced before ADR 0017), or null.</summary>
    public string? RequiredRole { get; set; }

    public DateTimeOffset PricedAt { get; set; }

    /// <summary>Who priced the order last (the requester of an approval).</summary>
    public string PricedBy { get; set; } = "";

    /// <summary>The order's pricing options as JSON: coupon codes, paid presale deposits, member tier.</summary>
    public string Options { get; set; } = "{}";

    public string Quote { get; set; } = "{}";
}
