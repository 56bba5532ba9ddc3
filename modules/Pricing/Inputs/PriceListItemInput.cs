using System.ComponentModel.DataAnnotations;

namespace Platform.Modules.Pricing.Inputs;

/// <summary>One product's unit price in a price list.</summary>
internal sealed class PriceListItemInput
{
    [Required]
    public Guid? ProductId { get; set; }

    [Required, Range(0d, InputRules.LargestAmount)]
    public decimal? UnitPrice { get; set; }
}
