using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Engine.Stacking;

namespace Platform.Modules.Pricing.Inputs;

/// <summary>
/// A promotion as the API accepts it. <c>parameters</c> holds the form's parameters, shaped by
/// <c>kind</c> (for example <c>{"percentOff": 20}</c> for a DirectCut); the module checks the whole
/// promotion (window, ranges, contradictions) on every write.
/// </summary>
internal sealed class PromotionInput
{
    [Required, StringLength(64), RegularExpression(InputRules.CodePattern, ErrorMessage = InputRules.CodeMessage)]
    public string? Code { get; set; }

    [Required, StringLength(200)]
    public string? Name { get; set; }

    [Required, EnumDataType(typeof(PromotionKind))]
    public PromotionKind? Kind { get; set; }

    [Required]
    public DateTimeOffset? StartsAt { get; set; }

    public DateTimeOffset? EndsAt { get; set; }

    [EnumDataType(typeof(ConcurrencyMode))]
    public ConcurrencyMode Mode { get; set; } = ConcurrencyMode.Compound;

    [Range(-1000, 1000)]
    public int Priority { get; set; }

    [Required, EnumDataType(typeof(PromotionLayer))]
    public PromotionLayer? Layer { get; set; }

    [RegularExpression(InputRules.CurrencyPattern, ErrorMessage = InputRules.CurrencyMessage)]
    public string? Currency { get; set; }

    public bool Active { get; set; } = true;

    [Range(0d, InputRules.LargestAmount)]
    public decimal? Budget { get; set; }

    [StringLength(100)]
    public string? Goal { get; set; }

    [Range(1, int.MaxValue)]
    public int? UsageLimit { get; set; }

    public PromotionApplicability? Applicability { get; set; }

    [Required]
    public JsonElement? Parameters { get; set; }
}
