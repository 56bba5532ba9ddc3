using Platform.Modules.Pricing.Engine.Prices;

namespace Platform.Modules.Pricing.Engine.Explanation;

/// <summary>A priced line: base price and source, each discount, net amount.</summary>
/// <param name="LineId">The cart line's id (for a gift: <c>gift:&lt;promotion id&gt;</c>).</param>
/// <param name="ProductId">The product.</param>
/// <param name="Quantity">Units.</param>
/// <param name="BasePrice">Base unit price and its source.</param>
/// <param name="BaseAmount">Base unit price × quantity, rounded.</param>
/// <param name="Discounts">Applied discounts, in application order.</param>
/// <param name="NetAmount">Base amount minus the discounts (never below zero).</param>
/// <param name="GiftOfPromotionId">For a gift line, the promotion that added it.</param>
public sealed record LinePricing(
    string LineId,
    string ProductId,
    int Quantity,
    BasePrice BasePrice,
    decimal BaseAmount,
    IReadOnlyList<AppliedDiscount> Discounts,
    decimal NetAmount,
    string? GiftOfPromotionId = null);
