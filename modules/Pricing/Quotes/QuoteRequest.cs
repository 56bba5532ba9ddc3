using System.ComponentModel.DataAnnotations;
using Platform.Modules.Pricing.Inputs;

namespace Platform.Modules.Pricing.Quotes;

/// <summary>
/// A cart to price (message <c>pricing.quote</c>, <c>POST /api/pricing/quote</c>). The customer, when
/// given, supplies the customer group and region; the store supplies the region when the customer has none.
/// </summary>
internal sealed class QuoteRequest
{
    public Guid? CustomerId { get; set; }

    [Required, RegularExpression(InputRules.ChannelPattern, ErrorMessage = InputRules.ChannelMessage)]
    public string? Channel { get; set; }

    public Guid? StoreId { get; set; }

    [RegularExpression("^(Silver|Gold|Platinum)$", ErrorMessage = "The field {0} must be one of Silver, Gold, Platinum.")]
    public string? MemberTier { get; set; }

    [RegularExpression(InputRules.CurrencyPattern, ErrorMessage = InputRules.CurrencyMessage)]
    public string? Currency { get; set; }

    /// <summary>When the cart is priced; default now.</summary>
    public DateTimeOffset? At { get; set; }

    [MaxLength(20)]
    public IReadOnlyList<string>? CouponCodes { get; set; }

    /// <summary>Ids of presale promotions whose deposit the customer has paid.</summary>
    [MaxLength(20)]
    public IReadOnlyList<Guid>? PaidDeposits { get; set; }

    [Required, MinLength(1), MaxLength(500)]
    public IReadOnlyList<QuoteLineRequest>? Lines { get; set; }
}

/// <summary>One line of a cart to price.</summary>
internal sealed class QuoteLineRequest
{
    [Required]
    public Guid? ProductId { get; set; }

    [Required, Range(1, 1_000_000)]
    public int? Quantity { get; set; }
}
