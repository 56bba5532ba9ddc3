namespace Platform.Modules.Pricing.Analytics;

/// <summary>
/// A what-if: the product's elasticity, today's price and quantity (per period), and the price change as a
/// fraction (0.10 = +10 %).
/// </summary>
internal sealed record PriceChangeScenario(decimal Elasticity, decimal CurrentPrice, decimal CurrentQuantity, decimal PriceChangeRate);

/// <summary>
/// The outcome of a <see cref="PriceChangeScenario"/>; rates are fractions. <see cref="QuantityFloored"/> is
/// true when the linear rule predicted a fall of more than 100 % and the quantity was held at zero.
/// </summary>
internal sealed record PriceChangeOutcome(
    decimal QuantityChangeRate,
    decimal NewPrice,
    decimal NewQuantity,
    decimal CurrentRevenue,
    decimal NewRevenue,
    decimal RevenueChangeRate,
    bool QuantityFloored);
