namespace Platform.Modules.Pricing.Engine.Explanation;

/// <summary>Order totals.</summary>
/// <param name="Subtotal">Sum of base amounts (gift lines count zero).</param>
/// <param name="DiscountsByLayer">Discount per layer, every layer listed in evaluation order.</param>
/// <param name="TotalDiscount">Sum of all discounts.</param>
/// <param name="Total">Subtotal minus discounts.</param>
/// <param name="Presale">Deposit, credited value and balance due when a presale deposit applied.</param>
public sealed record PricingTotals(decimal Subtotal, IReadOnlyList<LayerDiscount> DiscountsByLayer, decimal TotalDiscount, decimal Total, PresaleSummary? Presale);
