// Part of Core's source-only contract (ADR 0015).
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Contracts;

/// <summary>Typed view of a sales team (entity <c>team</c>).</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
sealed class TeamView : CoreView
{
    /// <summary>Wraps a <c>team</c> entity; attributes it lacks are read from <paramref name="fallback"/> (a pre-image) when given.</summary>
    public TeamView(Entity entity, Entity? fallback = null)
        : base(entity, CoreEntities.Team, fallback)
    {
    }

    /// <summary>A new, empty <c>team</c>.</summary>
    public TeamView()
        : this(new Entity(CoreEntities.Team))
    {
    }

    /// <summary>Team code, unique.</summary>
    public string? Code
    {
        get => Get<string?>(CoreAttributes.Team.Code);
        set => Set(CoreAttributes.Team.Code, value);
    }

    /// <summary>Team name.</summary>
    public string? Name
    {
        get => Get<string?>(CoreAttributes.Team.Name);
        set => Set(CoreAttributes.Team.Name, value);
    }

    /// <summary>The territory the team covers, when assigned.</summary>
    public Guid? RegionId
    {
        get => Get<Guid?>(CoreAttributes.Team.RegionId);
        set => Set(CoreAttributes.Team.RegionId, value);
    }

    /// <summary>The sales rep who manages the team, when assigned.</summary>
    public Guid? ManagerRepId
    {
        get => Get<Guid?>(CoreAttributes.Team.ManagerRepId);
        set => Set(CoreAttributes.Team.ManagerRepId, value);
    }
}
