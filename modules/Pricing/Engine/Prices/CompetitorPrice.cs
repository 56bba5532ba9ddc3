namespace Platform.Modules.Pricing.Engine.Prices;

/// <summary>One competitor's observed unit price for a product, in the quote's currency.</summary>
/// <param name="CompetitorId">The competitor.</param>
/// <param name="Price">Its unit price.</param>
public sealed record CompetitorPrice(string CompetitorId, decimal Price);
