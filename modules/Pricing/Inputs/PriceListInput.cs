using System.ComponentModel.DataAnnotations;
using Platform.Modules.Pricing.Model;
using Platform.Sdk.Http;

namespace Platform.Modules.Pricing.Inputs;

/// <summary>A price list as the API accepts it; <c>items</c> replaces all items when present.</summary>
internal sealed class PriceListInput
{
    [Required, StringLength(64), RegularExpression(InputRules.CodePattern, ErrorMessage = InputRules.CodeMessage)]
    public string? Code { get; set; }

    [Required, StringLength(200)]
    public string? Name { get; set; }

    [RegularExpression(InputRules.ChannelPattern, ErrorMessage = InputRules.ChannelMessage)]
    public string? Channel { get; set; }

    [RegularExpression(InputRules.CustomerGroupPattern, ErrorMessage = InputRules.CustomerGroupMessage)]
    public string? CustomerGroup { get; set; }

    public Guid? RegionId { get; set; }

    public Guid? StoreId { get; set; }

    [Required, RegularExpression(InputRules.CurrencyPattern, ErrorMessage = InputRules.CurrencyMessage)]
    public string? Currency { get; set; }

    public DateTimeOffset? EffectiveFrom { get; set; }

    public DateTimeOffset? EffectiveTo { get; set; }

    [Range(-1000, 1000)]
    public int Priority { get; set; }

    public bool Active { get; set; } = true;

    [ChildEntity(PricingEntities.PriceListItem)]
    public IReadOnlyList<PriceListItemInput>? Items { get; set; }
}
