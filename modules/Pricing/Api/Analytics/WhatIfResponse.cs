using Platform.Modules.Pricing.Analytics;

namespace Platform.Modules.Pricing.Api.Analytics;

/// <summary>
/// A what-if's outcome: changes in percent (as the input) and as fractions, new price, quantity and revenue.
/// <see cref="QuantityFloored"/> is true when the linear rule predicted a fall beyond 100 % and the quantity was held at 0.
/// </summary>
internal sealed record WhatIfResponse(
    decimal PriceChangePercent,
    decimal QuantityChangePercent,
    decimal RevenueChangePercent,
    decimal QuantityChangeRate,
    decimal RevenueChangeRate,
    decimal NewPrice,
    decimal NewQuantity,
    decimal CurrentRevenue,
    decimal NewRevenue,
    bool QuantityFloored,
    string Definition)
{
    public const string Rule =
        "Quantity change = elasticity × price change (linear, floored at −100 %); revenue change = (1 + price change) × (1 + quantity change) − 1. Nothing is rounded.";

    public static WhatIfResponse From(decimal priceChangePercent, PriceChangeOutcome outcome) => new(
        priceChangePercent, outcome.QuantityChangeRate * 100, outcome.RevenueChangeRate * 100, outcome.QuantityChangeRate, outcome.RevenueChangeRate,
        outcome.NewPrice, outcome.NewQuantity, outcome.CurrentRevenue, outcome.NewRevenue, outcome.QuantityFloored, Rule);
}
