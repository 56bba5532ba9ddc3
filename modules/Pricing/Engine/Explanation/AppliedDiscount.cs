using Platform.Modules.Pricing.Engine.Promotions;

namespace Platform.Modules.Pricing.Engine.Explanation;

/// <summary>One promotion's discount on one line.</summary>
/// <param name="PromotionId">The promotion.</param>
/// <param name="Code">Its code.</param>
/// <param name="Kind">Its form.</param>
/// <param name="Layer">The layer it applied in.</param>
/// <param name="Amount">Discount on this line (≥ 0, on the currency grid); order-level discounts are this line's pro-rata share.</param>
public sealed record AppliedDiscount(string PromotionId, string Code, PromotionKind Kind, PromotionLayer Layer, decimal Amount);
