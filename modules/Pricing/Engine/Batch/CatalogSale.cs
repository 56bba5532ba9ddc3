namespace Platform.Modules.Pricing.Engine.Batch;

/// <summary>The sale context a catalog is re-priced for (no lines: one unit of each product).</summary>
public sealed record CatalogSale
{
    /// <summary>Currency (ISO code).</summary>
    public required string Currency { get; init; }

    /// <summary>The moment priced (compared in UTC).</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Sales channel.</summary>
    public string? ChannelId { get; init; }

    /// <summary>Customer group.</summary>
    public string? CustomerGroupId { get; init; }

    /// <summary>Customer member tier.</summary>
    public string? CustomerTier { get; init; }

    /// <summary>Region.</summary>
    public string? RegionId { get; init; }

    /// <summary>Store.</summary>
    public string? StoreId { get; init; }
}
