namespace Platform.Modules.Pricing.Engine.Promotions;

/// <summary>
/// Who and what a promotion applies to; an empty list means any. The product dimensions (products,
/// categories, product lines) are alternatives: a line qualifies when any non-empty one lists it. The
/// sale dimensions (channels, customer groups, tiers, regions, stores) must all match.
/// </summary>
public sealed record PromotionApplicability
{
    /// <summary>Applies to everything and everyone.</summary>
    public static PromotionApplicability Any { get; } = new();

    /// <summary>Product ids.</summary>
    public IReadOnlyList<string> ProductIds { get; init; } = [];

    /// <summary>Category ids.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Product-line ids.</summary>
    public IReadOnlyList<string> ProductLines { get; init; } = [];

    /// <summary>Sales channels.</summary>
    public IReadOnlyList<string> Channels { get; init; } = [];

    /// <summary>Customer groups.</summary>
    public IReadOnlyList<string> CustomerGroups { get; init; } = [];

    /// <summary>Customer (member) tiers.</summary>
    public IReadOnlyList<string> CustomerTiers { get; init; } = [];

    /// <summary>Region ids.</summary>
    public IReadOnlyList<string> RegionIds { get; init; } = [];

    /// <summary>Store ids.</summary>
    public IReadOnlyList<string> StoreIds { get; init; } = [];

    /// <summary>True when no product dimension is set (every line qualifies).</summary>
    public bool AnyProduct => ProductIds.Count == 0 && Categories.Count == 0 && ProductLines.Count == 0;
}
