using System.ComponentModel.DataAnnotations;
using Platform.Modules.Core.Inputs.Rules;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Inputs;

/// <summary>Body of <c>POST/PATCH /api/core/partners</c>.</summary>
public sealed class PartnerInput
{
    /// <summary>Partner code, unique.</summary>
    [Required, StringLength(FieldLengths.Code), BusinessCode]
    public string? Code { get; set; }

    /// <summary>Partner's company name.</summary>
    [Required, StringLength(FieldLengths.Name)]
    public string? Name { get; set; }

    /// <summary>Kind of partner.</summary>
    [Required, EnumDataType(typeof(PartnerType))]
    public PartnerType? PartnerType { get; set; }

    /// <summary>Programme tier; registered when omitted.</summary>
    [EnumDataType(typeof(PartnerTier))]
    public PartnerTier Tier { get; set; } = PartnerTier.Registered;

    /// <summary>The territory the partner covers.</summary>
    public Guid? RegionId { get; set; }

    /// <summary>Contact person's name.</summary>
    [Required, StringLength(FieldLengths.PersonName)]
    public string? ContactName { get; set; }

    /// <summary>Contact person's phone.</summary>
    [Phone, StringLength(FieldLengths.Phone)]
    public string? ContactPhone { get; set; }

    /// <summary>Contact person's e-mail.</summary>
    [EmailAddress, StringLength(FieldLengths.Email)]
    public string? ContactEmail { get; set; }

    /// <summary>When the partner joined the programme.</summary>
    [Required]
    public DateOnly? JoinedOn { get; set; }
}
