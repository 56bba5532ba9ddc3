namespace Platform.Modules.Core.Model;

/// <summary>One stage an opportunity entered (child entity <c>opportunitystagechange</c>).</summary>
public sealed class OpportunityStageChangeRow
{
    /// <summary>Record id.</summary>
    public Guid Id { get; set; }

    /// <summary>The opportunity.</summary>
    public Guid OpportunityId { get; set; }

    /// <summary>The stage it left; null when the opportunity was created.</summary>
    public OpportunityStage? FromStage { get; set; }

    /// <summary>The stage it entered.</summary>
    public OpportunityStage ToStage { get; set; }

    /// <summary>When it entered the stage, in UTC.</summary>
    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>The user who changed the stage.</summary>
    public string ChangedBy { get; set; } = "";
}
