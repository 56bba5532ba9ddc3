namespace Platform.Modules.Core.Model;

/// <summary>Stock of one product at one location (entity <c>inventoryposition</c>).</summary>
public sealed class InventoryPositionRow
{
    /// <summary>Record id.</summary>
    public Guid Id { get; set; }

    /// <summary>The product held.</summary>
    public Guid ProductId { get; set; }

    /// <summary>Where it is held: a store code, a warehouse code or a transit reference.</summary>
    public string LocationCode { get; set; } = "";

    /// <summary>Kind of location.</summary>
    public LocationType LocationType { get; set; }

    /// <summary>Units physically on hand.</summary>
    public decimal OnHand { get; set; }

    /// <summary>Units reserved for orders.</summary>
    public decimal Reserved { get; set; }

    /// <summary>When the position was counted, in UTC.</summary>
    public DateTimeOffset AsOf { get; set; }
}
