using System.ComponentModel.DataAnnotations;
using Platform.Modules.Core.Inputs.Rules;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Inputs;

/// <summary>Body of <c>POST/PATCH /api/core/reps</c>.</summary>
public sealed class SalesRepInput
{
    /// <summary>Employee number, unique.</summary>
    [Required, StringLength(FieldLengths.Code), BusinessCode]
    public string? EmployeeNo { get; set; }

    /// <summary>The rep's name.</summary>
    [Required, StringLength(FieldLengths.PersonName)]
    public string? Name { get; set; }

    /// <summary>The rep's team.</summary>
    [Required]
    public Guid? TeamId { get; set; }

    /// <summary>Monthly base salary, more than zero.</summary>
    [Required, AmountRange(positive: true)]
    public decimal? BaseSalary { get; set; }

    /// <summary>ISO 4217 currency of the salary; the tenant's default currency when omitted.</summary>
    [CurrencyCode]
    public string? Currency { get; set; }

    /// <summary>Work e-mail.</summary>
    [Required, EmailAddress, StringLength(FieldLengths.Email)]
    public string? Email { get; set; }

    /// <summary>Work phone.</summary>
    [Phone, StringLength(FieldLengths.Phone)]
    public string? Phone { get; set; }

    /// <summary>Hiring date.</summary>
    [Required]
    public DateOnly? HiredOn { get; set; }

    /// <summary>True while employed.</summary>
    public bool Active { get; set; } = true;
}
