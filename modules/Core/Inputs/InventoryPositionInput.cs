using System.ComponentModel.DataAnnotations;
using Platform.Modules.Core.Inputs.Rules;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Inputs;

/// <summary>Body of <c>POST/PATCH /api/core/inventory</c>. One position per product and location.</summary>
public sealed class InventoryPositionInput
{
    /// <summary>The product.</summary>
    [Required]
    public Guid? ProductId { get; set; }

    /// <summary>Store code (for stores), warehouse code or transit reference.</summary>
    [Required, StringLength(FieldLengths.Code), BusinessCode]
    public string? LocationCode { get; set; }

    /// <summary>Kind of location.</summary>
    [Required, EnumDataType(typeof(LocationType))]
    public LocationType? LocationType { get; set; }

    /// <summary>Units on hand, zero or more.</summary>
    [Required, AmountRange]
    public decimal? OnHand { get; set; }

    /// <summary>Units reserved, zero or more.</summary>
    [AmountRange]
    public decimal Reserved { get; set; }

    /// <summary>When the stock was counted.</summary>
    [Required]
    public DateTimeOffset? AsOf { get; set; }
}
