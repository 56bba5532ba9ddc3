using System.ComponentModel.DataAnnotations;

namespace Platform.Modules.Pricing.Inputs;

/// <summary>A competitor's observed price for a product.</summary>
internal sealed class CompetitorPriceInput
{
    [Required]
    public Guid? ProductId { get; set; }

    [Required, StringLength(200)]
    public string? Competitor { get; set; }

    [Required, Range(0d, InputRules.LargestAmount)]
    public decimal? Price { get; set; }

    [Required, RegularExpression(InputRules.CurrencyPattern, ErrorMessage = InputRules.CurrencyMessage)]
    public string? Currency { get; set; }

    [Required]
    public DateTimeOffset? ObservedAt { get; set; }
}
