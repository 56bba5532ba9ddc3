using System.ComponentModel.DataAnnotations;
using Platform.Modules.Pricing.Engine.Prices;

namespace Platform.Modules.Pricing.Inputs;

/// <summary>The pricing method of one product or one category.</summary>
internal sealed class PricingMethodInput
{
    public Guid? ProductId { get; set; }

    [StringLength(100)]
    public string? Category { get; set; }

    [Required, EnumDataType(typeof(PricingMethodKind))]
    public PricingMethodKind? Method { get; set; }

    [Range(0d, 1000d)]
    public decimal? MarginPercent { get; set; }

    [Range(0d, InputRules.LargestAmount)]
    public decimal? ValueMetric { get; set; }

    [Range(0d, 100d)]
    public decimal? ValueSharePercent { get; set; }

    [EnumDataType(typeof(CompetitorPosition))]
    public CompetitorPosition? CompetitorPosition { get; set; }

    [EnumDataType(typeof(CompetitorAggregate))]
    public CompetitorAggregate? CompetitorAggregate { get; set; }

    [Range(0d, InputRules.LargestAmount)]
    public decimal? AdjustmentAmount { get; set; }

    [Range(0d, 100d)]
    public decimal? AdjustmentPercent { get; set; }
}
