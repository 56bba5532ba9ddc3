using Platform.Modules.Pricing.Engine.Prices;

namespace Platform.Modules.Pricing.Model;

/// <summary>
/// The pricing method of one product or one category (a product's own method wins over its category's):
/// list price, cost-plus (margin), competition-based (position and adjustment against competitors'
/// prices) or value-based (value metric × share captured).
/// </summary>
internal sealed class PricingMethodRow
{
    public Guid Id { get; set; }

    public Guid? ProductId { get; set; }

    public string? Category { get; set; }

    public PricingMethodKind Method { get; set; }

    public decimal? MarginPercent { get; set; }

    public decimal? ValueMetric { get; set; }

    public decimal? ValueSharePercent { get; set; }

    public CompetitorPosition? CompetitorPosition { get; set; }

    public CompetitorAggregate? CompetitorAggregate { get; set; }

    public decimal? AdjustmentAmount { get; set; }

    public decimal? AdjustmentPercent { get; set; }
}
