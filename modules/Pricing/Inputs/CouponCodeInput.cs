using System.ComponentModel.DataAnnotations;

namespace Platform.Modules.Pricing.Inputs;

/// <summary>One code of a coupon promotion, with its own validity and limits.</summary>
internal sealed class CouponCodeInput
{
    [Required]
    public Guid? PromotionId { get; set; }

    [Required, StringLength(64), RegularExpression(InputRules.CodePattern, ErrorMessage = InputRules.CodeMessage)]
    public string? Code { get; set; }

    public DateTimeOffset? ValidFrom { get; set; }

    public DateTimeOffset? ValidTo { get; set; }

    [Range(1, int.MaxValue)]
    public int? MaxUses { get; set; }

    [Range(1, int.MaxValue)]
    public int? MaxUsesPerCustomer { get; set; }
}
