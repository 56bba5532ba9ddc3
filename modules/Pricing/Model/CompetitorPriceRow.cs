namespace Platform.Modules.Pricing.Model;

/// <summary>A competitor's price for a product, as observed at a time.</summary>
internal sealed class CompetitorPriceRow
{
    public Guid Id { get; set; }

    public Guid ProductId { get; set; }

    public string Competitor { get; set; } = "";

    public decimal Price { get; set; }

    public string Currency { get; set; } = "";

    public DateTimeOffset ObservedAt { get; set; }
}
