using Platform.Modules.Pricing.Engine.Promotions;

namespace Platform.Modules.Pricing.Engine.Explanation;

/// <summary>The discount taken in one layer.</summary>
/// <param name="Layer">The layer.</param>
/// <param name="Amount">Sum of the discounts applied in it.</param>
public sealed record LayerDiscount(PromotionLayer Layer, decimal Amount);
