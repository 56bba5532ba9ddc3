namespace Platform.Modules.Pricing.Engine.Carts;

/// <summary>
/// Everything a quote depends on besides the tenant's price book, promotion index and policy:
/// the lines, the customer's context, the moment (an input: the engine never reads a clock) and
/// per-promotion facts known only outside the engine (valid coupon codes, flash-sale usage, paid deposits).
/// </summary>
public sealed record PricingCart
{
    /// <summary>Currency of the quote (ISO code); only price lists in this currency are used.</summary>
    public required string Currency { get; init; }

    /// <summary>The moment priced; compared in UTC with price-list and promotion windows.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The lines, in the caller's order (kept in the result).</summary>
    public required IReadOnlyList<CartLine> Lines { get; init; }

    /// <summary>Sales channel (e.g. online, key account, distributor).</summary>
    public string? ChannelId { get; init; }

    /// <summary>The customer's group.</summary>
    public string? CustomerGroupId { get; init; }

    /// <summary>The customer's member tier, for member prices and tier-restricted promotions.</summary>
    public string? CustomerTier { get; init; }

    /// <summary>Region of the sale.</summary>
    public string? RegionId { get; init; }

    /// <summary>Store of the sale.</summary>
    public string? StoreId { get; init; }

    /// <summary>Coupon codes presented and already found valid for this cart (validity and usage limits are checked outside).</summary>
    public IReadOnlyList<string> CouponCodes { get; init; } = [];

    /// <summary>Per flash-sale promotion id: units already bought by the customer and remaining reserved stock.</summary>
    public IReadOnlyDictionary<string, FlashSaleUsage> FlashSales { get; init; } = EmptyFlashSales;

    /// <summary>Ids of presale promotions whose deposit this customer has paid for the cart's units.</summary>
    public IReadOnlyList<string> PaidDeposits { get; init; } = [];

    private static readonly IReadOnlyDictionary<string, FlashSaleUsage> EmptyFlashSales = new Dictionary<string, FlashSaleUsage>();
}
