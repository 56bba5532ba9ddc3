using System.ComponentModel.DataAnnotations;
using Platform.Modules.Core.Contracts;
using Platform.Modules.Core.Inputs.Rules;
using Platform.Modules.Core.Model;
using Platform.Sdk.Http;

namespace Platform.Modules.Core.Inputs;

/// <summary>
/// Body of <c>POST/PATCH /api/core/opportunities</c>. <c>stageHistory</c> is recorded by Core when the stage
/// changes and cannot be sent; a closed opportunity (ClosedWon, ClosedLost) keeps its stage.
/// </summary>
public sealed class OpportunityInput
{
    /// <summary>Short description of the deal.</summary>
    [Required, StringLength(FieldLengths.Name)]
    public string? Name { get; set; }

    /// <summary>The customer the deal is with.</summary>
    [Required]
    public Guid? CustomerId { get; set; }

    /// <summary>The sales rep who owns the deal.</summary>
    [Required, References(CoreEntities.SalesRep)]
    public Guid? OwnerRepId { get; set; }

    /// <summary>The partner who brought or works the deal, when there is one.</summary>
    public Guid? PartnerId { get; set; }

    /// <summary>Expected deal value, zero or more.</summary>
    [Required, AmountRange]
    public decimal? Amount { get; set; }

    /// <summary>ISO 4217 currency; the tenant's default currency when omitted.</summary>
    [CurrencyCode]
    public string? Currency { get; set; }

    /// <summary>When the deal is expected to close.</summary>
    [Required]
    public DateOnly? ExpectedCloseOn { get; set; }

    /// <summary>Funnel stage; InitialContact when omitted.</summary>
    [EnumDataType(typeof(OpportunityStage))]
    public OpportunityStage Stage { get; set; } = OpportunityStage.InitialContact;

    /// <summary>When the opportunity was created (UTC); now when omitted (an import may give the original date).</summary>
    public DateTimeOffset? CreatedAt { get; set; }
}
