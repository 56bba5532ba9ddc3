namespace Platform.Modules.Core.Model;

/// <summary>A sales opportunity (entity <c>opportunity</c>) moving through the funnel, with its stage history.</summary>
public sealed class OpportunityRow
{
    /// <summary>Record id.</summary>
    public Guid Id { get; set; }

    /// <summary>Short description of the deal.</summary>
    public string Name { get; set; } = "";

    /// <summary>The customer the deal is with.</summary>
    public Guid CustomerId { get; set; }

    /// <summary>The sales rep who owns the deal.</summary>
    public Guid OwnerRepId { get; set; }

    /// <summary>The partner who brought or works the deal, when there is one.</summary>
    public Guid? PartnerId { get; set; }

    /// <summary>Expected deal value.</summary>
    public decimal Amount { get; set; }

    /// <summary>ISO 4217 currency of the amount.</summary>
    public string Currency { get; set; } = "";

    /// <summary>When the deal is expected to close.</summary>
    public DateOnly ExpectedCloseOn { get; set; }

    /// <summary>Current funnel stage.</summary>
    public OpportunityStage Stage { get; set; }

    /// <summary>When the opportunity was created, in UTC.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Every stage the opportunity entered, oldest first (recorded by a step, never sent).</summary>
    public List<OpportunityStageChangeRow> StageHistory { get; } = [];
}
