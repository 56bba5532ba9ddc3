namespace Platform.Modules.Pricing.Engine.Prices;

/// <summary>Where a price list applies; a null dimension matches any value.</summary>
/// <param name="ChannelId">Sales channel, or null for any.</param>
/// <param name="CustomerGroupId">Customer group, or null for any.</param>
/// <param name="RegionId">Region, or null for any.</param>
/// <param name="StoreId">Store, or null for any.</param>
public sealed record PriceScope(string? ChannelId = null, string? CustomerGroupId = null, string? RegionId = null, string? StoreId = null)
{
    /// <summary>A scope matching every sale.</summary>
    public static PriceScope Any { get; } = new();

    /// <summary>How many dimensions are set: the more, the more specific the list.</summary>
    public int Specificity => (ChannelId is null ? 0 : 1) + (CustomerGroupId is null ? 0 : 1) + (RegionId is null ? 0 : 1) + (StoreId is null ? 0 : 1);

    /// <summary>True when every set dimension equals the sale's value (ordinal comparison).</summary>
    public bool Matches(string? channelId, string? customerGroupId, string? regionId, string? storeId) =>
        Same(ChannelId, channelId) && Same(CustomerGroupId, customerGroupId) && Same(RegionId, regionId) && Same(StoreId, storeId);

    private static bool Same(string? scope, string? value) => scope is null || string.Equals(scope, value, StringComparison.Ordinal);
}
