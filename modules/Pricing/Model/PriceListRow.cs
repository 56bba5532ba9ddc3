namespace Platform.Modules.Pricing.Model;

/// <summary>
/// A price list for a scope (channel, customer group, region, store; empty = any) in one currency,
/// effective from/to (UTC, the end exclusive), with a priority among lists of the same scope.
/// </summary>
internal sealed class PriceListRow
{
    public Guid Id { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Channel { get; set; }

    public string? CustomerGroup { get; set; }

    public Guid? RegionId { get; set; }

    public Guid? StoreId { get; set; }

    public string Currency { get; set; } = "";

    public DateTimeOffset? EffectiveFrom { get; set; }

    public DateTimeOffset? EffectiveTo { get; set; }

    public int Priority { get; set; }

    public bool Active { get; set; } = true;

    public List<PriceListItemRow> Items { get; } = [];
}
