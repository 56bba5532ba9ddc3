namespace Platform.Modules.Pricing.Engine.Batch;

/// <summary>A product's catalog price for one sale context.</summary>
/// <param name="IsPriced">False when no price list or method gives the product a price (both prices are then zero).</param>
/// <param name="BaseUnitPrice">Base unit price (price list or pricing method), rounded.</param>
/// <param name="UnitPrice">The price after the unit-price-layer direct cuts, rounded, never below zero.</param>
public readonly record struct CatalogPrice(bool IsPriced, decimal BaseUnitPrice, decimal UnitPrice);
