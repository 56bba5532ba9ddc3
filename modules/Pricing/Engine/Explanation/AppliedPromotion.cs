using Platform.Modules.Pricing.Engine.Promotions;

namespace Platform.Modules.Pricing.Engine.Explanation;

/// <summary>A promotion that applied, with its total and a sentence (flash units granted, deposit credit, gift added...).</summary>
/// <param name="PromotionId">The promotion.</param>
/// <param name="Code">Its code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Its form.</param>
/// <param name="Layer">Its layer.</param>
/// <param name="Mode">Its concurrency mode.</param>
/// <param name="Amount">Total discount (0 for a gift).</param>
/// <param name="LineIds">Lines it discounted (for a gift: the lines that made the threshold).</param>
/// <param name="Text">Explanation.</param>
public sealed record AppliedPromotion(string PromotionId, string Code, string Name, PromotionKind Kind, PromotionLayer Layer, ConcurrencyMode Mode, decimal Amount, IReadOnlyList<string> LineIds, string Text);
