namespace Platform.Modules.Pricing.Engine.Prices;

/// <summary>
/// The pricing method of one product or of one category (set exactly one of the two ids);
/// a product's own assignment wins over its category's. Products with neither use <see cref="PricingMethodKind.List"/>.
/// </summary>
public sealed record PricingMethodAssignment
{
    /// <summary>The product this applies to.</summary>
    public string? ProductId { get; init; }

    /// <summary>The category this applies to.</summary>
    public string? CategoryId { get; init; }

    /// <summary>The method.</summary>
    public required PricingMethodKind Method { get; init; }

    /// <summary>Cost-plus: target margin on cost in percent (30 = price is cost × 1.30).</summary>
    public decimal? MarginPercent { get; init; }

    /// <summary>Value-based: share of the customer's value captured, in percent.</summary>
    public decimal? ValueSharePercent { get; init; }

    /// <summary>Competition-based: the rule.</summary>
    public CompetitionRule? Competition { get; init; }
}
