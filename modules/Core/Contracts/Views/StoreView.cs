// Part of Core's source-only contract (ADR 0015).
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Contracts;

/// <summary>Typed view of a store of the company's own network (entity <c>store</c>).</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
sealed class StoreView : CoreView
{
    /// <summary>Wraps a <c>store</c> entity; attributes it lacks are read from <paramref name="fallback"/> (a pre-image) when given.</summary>
    public StoreView(Entity entity, Entity? fallback = null)
        : base(entity, CoreEntities.Store, fallback)
    {
    }

    /// <summary>A new, empty <c>store</c>.</summary>
    public StoreView()
        : this(new Entity(CoreEntities.Store))
    {
    }

    /// <summary>Store code, unique.</summary>
    public string? Code
    {
        get => Get<string?>(CoreAttributes.Store.Code);
        set => Set(CoreAttributes.Store.Code, value);
    }

    /// <summary>Store name.</summary>
    public string? Name
    {
        get => Get<string?>(CoreAttributes.Store.Name);
        set => Set(CoreAttributes.Store.Name, value);
    }

    /// <summary>Store format.</summary>
    public StoreFormat? Format
    {
        get => GetEnum<StoreFormat>(CoreAttributes.Store.Format);
        set => SetEnum(CoreAttributes.Store.Format, value);
    }

    /// <summary>Sales area in square metres.</summary>
    public decimal? AreaSqm
    {
        get => Get<decimal?>(CoreAttributes.Store.AreaSqm);
        set => Set(CoreAttributes.Store.AreaSqm, value);
    }

    /// <summary>Latitude in degrees (WGS 84).</summary>
    public double? Latitude
    {
        get => Get<double?>(CoreAttributes.Store.Latitude);
        set => Set(CoreAttributes.Store.Latitude, value);
    }

    /// <summary>Longitude in degrees (WGS 84).</summary>
    public double? Longitude
    {
        get => Get<double?>(CoreAttributes.Store.Longitude);
        set => Set(CoreAttributes.Store.Longitude, value);
    }

    /// <summary>The city the store is in.</summary>
    public Guid? RegionId
    {
        get => Get<Guid?>(CoreAttributes.Store.RegionId);
        set => Set(CoreAttributes.Store.RegionId, value);
    }

    /// <summary>Opening date (planned opening date for planned stores).</summary>
    public DateOnly? OpenedOn
    {
        get => Get<DateOnly?>(CoreAttributes.Store.OpenedOn);
        set => Set(CoreAttributes.Store.OpenedOn, value);
    }

    /// <summary>Operating status.</summary>
    public StoreStatus? Status
    {
        get => GetEnum<StoreStatus>(CoreAttributes.Store.Status);
        set => SetEnum(CoreAttributes.Store.Status, value);
    }
}
