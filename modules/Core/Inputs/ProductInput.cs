using System.ComponentModel.DataAnnotations;
using Platform.Modules.Core.Inputs.Rules;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Inputs;

/// <summary>Body of <c>POST/PATCH /api/core/products</c>.</summary>
public sealed class ProductInput
{
    /// <summary>Stock-keeping unit, unique.</summary>
    [Required, StringLength(FieldLengths.Code), BusinessCode]
    public string? Sku { get; set; }

    /// <summary>Product name.</summary>
    [Required, StringLength(FieldLengths.Name)]
    public string? Name { get; set; }

    /// <summary>Product line.</summary>
    [Required, StringLength(FieldLengths.Label)]
    public string? ProductLine { get; set; }

    /// <summary>Series within the line.</summary>
    [Required, StringLength(FieldLengths.Label)]
    public string? Series { get; set; }

    /// <summary>Category.</summary>
    [Required, StringLength(FieldLengths.Label)]
    public string? Category { get; set; }

    /// <summary>Unit cost, zero or more.</summary>
    [Required, AmountRange]
    public decimal? UnitCost { get; set; }

    /// <summary>List price, zero or more.</summary>
    [Required, AmountRange]
    public decimal? ListPrice { get; set; }

    /// <summary>ISO 4217 currency; the tenant's default currency when omitted.</summary>
    [CurrencyCode]
    public string? Currency { get; set; }

    /// <summary>True while the product is sold.</summary>
    public bool Active { get; set; } = true;
}
