// Part of Core's source-only contract (ADR 0015).
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Contracts;

/// <summary>Typed view of a sales opportunity (entity <c>opportunity</c>) moving through the funnel, with its stage history.</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
sealed class OpportunityView : CoreView
{
    /// <summary>Wraps an <c>opportunity</c> entity; attributes it lacks are read from <paramref name="fallback"/> (a pre-image) when given.</summary>
    public OpportunityView(Entity entity, Entity? fallback = null)
        : base(entity, CoreEntities.Opportunity, fallback)
    {
    }

    /// <summary>A new, empty <c>opportunity</c>.</summary>
    public OpportunityView()
        : this(new Entity(CoreEntities.Opportunity))
    {
    }

    /// <summary>Short description of the deal.</summary>
    public string? Name
    {
        get => Get<string?>(CoreAttributes.Opportunity.Name);
        set => Set(CoreAttributes.Opportunity.Name, value);
    }

    /// <summary>The customer the deal is with.</summary>
    public Guid? CustomerId
    {
        get => Get<Guid?>(CoreAttributes.Opportunity.CustomerId);
        set => Set(CoreAttributes.Opportunity.CustomerId, value);
    }

    /// <summary>The sales rep who owns the deal.</summary>
    public Guid? OwnerRepId
    {
        get => Get<Guid?>(CoreAttributes.Opportunity.OwnerRepId);
        set => Set(CoreAttributes.Opportunity.OwnerRepId, value);
    }

    /// <summary>The partner who brought or works the deal, when there is one.</summary>
    public Guid? PartnerId
    {
        get => Get<Guid?>(CoreAttributes.Opportunity.PartnerId);
        set => Set(CoreAttributes.Opportunity.PartnerId, value);
    }

    /// <summary>Expected deal value.</summary>
    public decimal? Amount
    {
        get => Get<decimal?>(CoreAttributes.Opportunity.Amount);
        set => Set(CoreAttributes.Opportunity.Amount, value);
    }

    /// <summary>ISO 4217 currency of the amount.</summary>
    public string? Currency
    {
        get => Get<string?>(CoreAttributes.Opportunity.Currency);
        set => Set(CoreAttributes.Opportunity.Currency, value);
    }

    /// <summary>When the deal is expected to close.</summary>
    public DateOnly? ExpectedCloseOn
    {
        get => Get<DateOnly?>(CoreAttributes.Opportunity.ExpectedCloseOn);
        set => Set(CoreAttributes.Opportunity.ExpectedCloseOn, value);
    }

    /// <summary>Current funnel stage.</summary>
    public OpportunityStage? Stage
    {
        get => GetEnum<OpportunityStage>(CoreAttributes.Opportunity.Stage);
        set => SetEnum(CoreAttributes.Opportunity.Stage, value);
    }

    /// <summary>When the opportunity was created, in UTC.</summary>
    public DateTimeOffset? CreatedAt
    {
        get => Get<DateTimeOffset?>(CoreAttributes.Opportunity.CreatedAt);
        set => Set(CoreAttributes.Opportunity.CreatedAt, value);
    }

    /// <summary>The stages the opportunity entered, oldest first, as a retrieve returns them; null when the entity holds none.</summary>
    public IReadOnlyList<OpportunityStageChangeView>? StageHistory =>
        Entity[CoreAttributes.Opportunity.StageHistory] is IEnumerable<Entity> history ? history.Select(h => new OpportunityStageChangeView(h)).ToList() : null;
}
