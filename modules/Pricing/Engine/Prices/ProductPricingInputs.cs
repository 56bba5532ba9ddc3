namespace Platform.Modules.Pricing.Engine.Prices;

/// <summary>Per-product facts the non-list methods need (supplied by the caller; each may be missing).</summary>
public sealed record ProductPricingInputs
{
    /// <summary>The product.</summary>
    public required string ProductId { get; init; }

    /// <summary>Unit cost, for cost-plus.</summary>
    public decimal? Cost { get; init; }

    /// <summary>Quantified customer value per unit, for value-based pricing.</summary>
    public decimal? ValueMetric { get; init; }

    /// <summary>Competitor prices, for competition-based pricing.</summary>
    public IReadOnlyList<CompetitorPrice> CompetitorPrices { get; init; } = [];
}
