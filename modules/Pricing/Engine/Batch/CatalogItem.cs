namespace Platform.Modules.Pricing.Engine.Batch;

/// <summary>A product to re-price for catalog display.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="CategoryId">Its category.</param>
/// <param name="ProductLineId">Its product line.</param>
public readonly record struct CatalogItem(string ProductId, string? CategoryId = null, string? ProductLineId = null);
