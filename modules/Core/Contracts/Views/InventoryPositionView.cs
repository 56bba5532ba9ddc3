// Part of Core's source-only contract (ADR 0015).
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Contracts;

/// <summary>Typed view of stock of one product at one location (entity <c>inventoryposition</c>).</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
sealed class InventoryPositionView : CoreView
{
    /// <summary>Wraps an <c>inventoryposition</c> entity; attributes it lacks are read from <paramref name="fallback"/> (a pre-image) when given.</summary>
    public InventoryPositionView(Entity entity, Entity? fallback = null)
        : base(entity, CoreEntities.InventoryPosition, fallback)
    {
    }

    /// <summary>A new, empty <c>inventoryposition</c>.</summary>
    public InventoryPositionView()
        : this(new Entity(CoreEntities.InventoryPosition))
    {
    }

    /// <summary>The product held.</summary>
    public Guid? ProductId
    {
        get => Get<Guid?>(CoreAttributes.InventoryPosition.ProductId);
        set => Set(CoreAttributes.InventoryPosition.ProductId, value);
    }

    /// <summary>Where it is held: a store code, a warehouse code or a transit reference.</summary>
    public string? LocationCode
    {
        get => Get<string?>(CoreAttributes.InventoryPosition.LocationCode);
        set => Set(CoreAttributes.InventoryPosition.LocationCode, value);
    }

    /// <summary>Kind of location.</summary>
    public LocationType? LocationType
    {
        get => GetEnum<LocationType>(CoreAttributes.InventoryPosition.LocationType);
        set => SetEnum(CoreAttributes.InventoryPosition.LocationType, value);
    }

    /// <summary>Units physically on hand.</summary>
    public decimal? OnHand
    {
        get => Get<decimal?>(CoreAttributes.InventoryPosition.OnHand);
        set => Set(CoreAttributes.InventoryPosition.OnHand, value);
    }

    /// <summary>Units reserved for orders.</summary>
    public decimal? Reserved
    {
        get => Get<decimal?>(CoreAttributes.InventoryPosition.Reserved);
        set => Set(CoreAttributes.InventoryPosition.Reserved, value);
    }

    /// <summary>When the position was counted, in UTC.</summary>
    public DateTimeOffset? AsOf
    {
        get => Get<DateTimeOffset?>(CoreAttributes.InventoryPosition.AsOf);
        set => Set(CoreAttributes.InventoryPosition.AsOf, value);
    }
}
