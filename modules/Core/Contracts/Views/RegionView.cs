// Part of Core's source-only contract (ADR 0015).
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Contracts;

/// <summary>Typed view of a node of the territory hierarchy national → region → province → city (entity <c>region</c>).</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
sealed class RegionView : CoreView
{
    /// <summary>Wraps a <c>region</c> entity; attributes it lacks are read from <paramref name="fallback"/> (a pre-image) when given.</summary>
    public RegionView(Entity entity, Entity? fallback = null)
        : base(entity, CoreEntities.Region, fallback)
    {
    }

    /// <summary>A new, empty <c>region</c>.</summary>
    public RegionView()
        : this(new Entity(CoreEntities.Region))
    {
    }

    /// <summary>Region code, unique (for example CN-ZJ or HANGZHOU).</summary>
    public string? Code
    {
        get => Get<string?>(CoreAttributes.Region.Code);
        set => Set(CoreAttributes.Region.Code, value);
    }

    /// <summary>Region name.</summary>
    public string? Name
    {
        get => Get<string?>(CoreAttributes.Region.Name);
        set => Set(CoreAttributes.Region.Name, value);
    }

    /// <summary>Level in the hierarchy.</summary>
    public RegionLevel? Level
    {
        get => GetEnum<RegionLevel>(CoreAttributes.Region.Level);
        set => SetEnum(CoreAttributes.Region.Level, value);
    }

    /// <summary>The region one or more levels up; null for the national node.</summary>
    public Guid? ParentId
    {
        get => Get<Guid?>(CoreAttributes.Region.ParentId);
        set => Set(CoreAttributes.Region.ParentId, value);
    }

    /// <summary>Resident population, when known.</summary>
    public long? Population
    {
        get => Get<long?>(CoreAttributes.Region.Population);
        set => Set(CoreAttributes.Region.Population, value);
    }

    /// <summary>Purchasing power relative to the national average (1.0), when known.</summary>
    public decimal? PurchasingPowerIndex
    {
        get => Get<decimal?>(CoreAttributes.Region.PurchasingPowerIndex);
        set => Set(CoreAttributes.Region.PurchasingPowerIndex, value);
    }
}
