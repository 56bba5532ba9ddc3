using System.ComponentModel.DataAnnotations;
using Platform.Modules.Core.Inputs.Rules;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Inputs;

/// <summary>Body of <c>POST/PATCH /api/core/customers</c>. <c>createdAt</c> is stamped by the platform.</summary>
public sealed class CustomerInput
{
    /// <summary>Unified customer code, unique.</summary>
    [Required, StringLength(FieldLengths.Code), BusinessCode]
    public string? Code { get; set; }

    /// <summary>Customer name.</summary>
    [Required, StringLength(FieldLengths.Name)]
    public string? Name { get; set; }

    /// <summary>Industry.</summary>
    [Required, StringLength(FieldLengths.Label)]
    public string? Industry { get; set; }

    /// <summary>Organisation size.</summary>
    [Required, EnumDataType(typeof(CustomerSize))]
    public CustomerSize? Size { get; set; }

    /// <summary>Kind of customer.</summary>
    [Required, EnumDataType(typeof(CustomerType))]
    public CustomerType? CustomerType { get; set; }

    /// <summary>Name of the purchase decision-maker.</summary>
    [StringLength(FieldLengths.PersonName)]
    public string? DecisionMaker { get; set; }

    /// <summary>Contact phone.</summary>
    [Phone, StringLength(FieldLengths.Phone)]
    public string? Phone { get; set; }

    /// <summary>Contact e-mail.</summary>
    [EmailAddress, StringLength(FieldLengths.Email)]
    public string? Email { get; set; }

    /// <summary>Resident identity card number (sensitive personal information).</summary>
    [ChineseIdNumber]
    public string? IdNumber { get; set; }

    /// <summary>The customer's city.</summary>
    public Guid? RegionId { get; set; }
}
