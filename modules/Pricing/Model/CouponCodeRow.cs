namespace Platform.Modules.Pricing.Model;

/// <summary>One code of a coupon promotion: its own validity and limits (per code and per customer).</summary>
internal sealed class CouponCodeRow
{
    public Guid Id { get; set; }

    public Guid PromotionId { get; set; }

    public string Code { get; set; } = "";

    public DateTimeOffset? ValidFrom { get; set; }

    public DateTimeOffset? ValidTo { get; set; }

    public int? MaxUses { get; set; }

    public int? MaxUsesPerCustomer { get; set; }

    /// <summary>Completed orders that used the code (taken with a conditional update, never past <see cref="MaxUses"/>).</summary>
    public int UsedCount { get; set; }
}
