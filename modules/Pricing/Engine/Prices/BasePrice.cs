namespace Platform.Modules.Pricing.Engine.Prices;

/// <summary>A line's base unit price (rounded by the currency rule) and where it came from.</summary>
/// <param name="UnitPrice">Base unit price before promotions.</param>
/// <param name="Source">Its explanation.</param>
public sealed record BasePrice(decimal UnitPrice, PriceSource Source);
