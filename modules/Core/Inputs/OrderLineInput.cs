using System.ComponentModel.DataAnnotations;
using Platform.Modules.Core.Inputs.Rules;

namespace Platform.Modules.Core.Inputs;

/// <summary>One element of an order's <c>lines</c>. <c>lineAmount</c> is computed and cannot be sent.</summary>
public sealed class OrderLineInput
{
    /// <summary>The product.</summary>
    [Required]
    public Guid? ProductId { get; set; }

    /// <summary>Units, 1 or more.</summary>
    [Required, Range(1, 1_000_000)]
    public int? Quantity { get; set; }

    /// <summary>List price per unit, zero or more.</summary>
    [Required, AmountRange]
    public decimal? ListPrice { get; set; }

    /// <summary>Net price per unit after discounts, zero or more.</summary>
    [Required, AmountRange]
    public decimal? NetPrice { get; set; }
}
