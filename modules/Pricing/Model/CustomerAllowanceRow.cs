namespace Platform.Modules.Pricing.Model;

/// <summary>
/// How much of a per-customer limit one customer has used: units of a flash sale, or uses of a coupon code.
/// One row per (limited thing, customer), raised with a conditional update or created once (its key makes a
/// concurrent second creation fail), so concurrent completions never pass the limit.
/// </summary>
internal sealed class CustomerAllowanceRow
{
    /// <summary>The flash-sale promotion or the coupon code the limit belongs to.</summary>
    public Guid LimitedId { get; set; }

    public Guid CustomerId { get; set; }

    public int Used { get; set; }
}
