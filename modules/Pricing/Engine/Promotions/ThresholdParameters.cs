namespace Platform.Modules.Pricing.Engine.Promotions;

/// <summary>
/// 满减: the highest tier reached applies once; or, with <see cref="Repeating"/> (每满), a single amount tier
/// applies once per full threshold (650 with 每满300减50 takes 100).
/// </summary>
/// <param name="Tiers">Tiers; one only when repeating.</param>
/// <param name="Repeating">每满: once per full threshold.</param>
/// <param name="MaxDiscount">Optional cap of the discount.</param>
public sealed record ThresholdParameters(IReadOnlyList<ThresholdTier> Tiers, bool Repeating = false, decimal? MaxDiscount = null);
