using Platform.Modules.Pricing.Engine.Promotions;

namespace Platform.Modules.Pricing.Engine.Explanation;

/// <summary>A promotion considered for the cart that did not apply, and why.</summary>
/// <param name="PromotionId">The promotion.</param>
/// <param name="Code">Its code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Its form.</param>
/// <param name="Reason">Machine-readable reason.</param>
/// <param name="Text">The reason for people.</param>
/// <param name="MissingAmount">For <see cref="NotAppliedReason.ThresholdNotMet"/>: how much more eligible spend is needed.</param>
/// <param name="MissingQuantity">For <see cref="NotAppliedReason.QuantityNotMet"/>: how many more units are needed.</param>
/// <param name="ByPromotionId">The promotion that excluded or beat it.</param>
/// <param name="LineIds">The cart lines it could apply to.</param>
public sealed record NotAppliedPromotion(
    string PromotionId,
    string Code,
    string Name,
    PromotionKind Kind,
    NotAppliedReason Reason,
    string Text,
    decimal? MissingAmount,
    int? MissingQuantity,
    string? ByPromotionId,
    IReadOnlyList<string> LineIds);
