// Part of Core's source-only contract (ADR 0015).
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Contracts;

/// <summary>Typed view of one stage an opportunity entered (child entity <c>opportunitystagechange</c>).</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
sealed class OpportunityStageChangeView : CoreView
{
    /// <summary>Wraps an <c>opportunitystagechange</c> entity; attributes it lacks are read from <paramref name="fallback"/> (a pre-image) when given.</summary>
    public OpportunityStageChangeView(Entity entity, Entity? fallback = null)
        : base(entity, CoreEntities.OpportunityStageChange, fallback)
    {
    }

    /// <summary>A new, empty <c>opportunitystagechange</c>.</summary>
    public OpportunityStageChangeView()
        : this(new Entity(CoreEntities.OpportunityStageChange))
    {
    }

    /// <summary>The opportunity.</summary>
    public Guid? OpportunityId
    {
        get => Get<Guid?>(CoreAttributes.OpportunityStageChange.OpportunityId);
        set => Set(CoreAttributes.OpportunityStageChange.OpportunityId, value);
    }

    /// <summary>The stage it left; null when the opportunity was created.</summary>
    public OpportunityStage? FromStage
    {
        get => GetEnum<OpportunityStage>(CoreAttributes.OpportunityStageChange.FromStage);
        set => SetEnum(CoreAttributes.OpportunityStageChange.FromStage, value);
    }

    /// <summary>The stage it entered.</summary>
    public OpportunityStage? ToStage
    {
        get => GetEnum<OpportunityStage>(CoreAttributes.OpportunityStageChange.ToStage);
        set => SetEnum(CoreAttributes.OpportunityStageChange.ToStage, value);
    }

    /// <summary>When it entered the stage, in UTC.</summary>
    public DateTimeOffset? ChangedAt
    {
        get => Get<DateTimeOffset?>(CoreAttributes.OpportunityStageChange.ChangedAt);
        set => Set(CoreAttributes.OpportunityStageChange.ChangedAt, value);
    }

    /// <summary>The user who changed the stage.</summary>
    public string? ChangedBy
    {
        get => Get<string?>(CoreAttributes.OpportunityStageChange.ChangedBy);
        set => Set(CoreAttributes.OpportunityStageChange.ChangedBy, value);
    }
}
