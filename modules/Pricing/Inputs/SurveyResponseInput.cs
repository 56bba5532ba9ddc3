using System.ComponentModel.DataAnnotations;

namespace Platform.Modules.Pricing.Inputs;

/// <summary>
/// One respondent's Van Westendorp answers. Inconsistent answers (for example "too cheap" above "cheap")
/// are kept: the analysis drops and counts them, as the method prescribes.
/// </summary>
internal sealed class SurveyResponseInput
{
    [Required, StringLength(64), RegularExpression(InputRules.CodePattern, ErrorMessage = InputRules.CodeMessage)]
    public string? Survey { get; set; }

    public Guid? ProductId { get; set; }

    [Required, Range(0d, InputRules.LargestAmount)]
    public decimal? TooCheap { get; set; }

    [Required, Range(0d, InputRules.LargestAmount)]
    public decimal? Cheap { get; set; }

    [Required, Range(0d, InputRules.LargestAmount)]
    public decimal? Expensive { get; set; }

    [Required, Range(0d, InputRules.LargestAmount)]
    public decimal? TooExpensive { get; set; }
}
