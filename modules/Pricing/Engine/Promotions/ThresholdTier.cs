namespace Platform.Modules.Pricing.Engine.Promotions;

/// <summary>One tier of a threshold promotion: from <paramref name="Threshold"/> on, exactly one of an amount or a percent off.</summary>
/// <param name="Threshold">Eligible subtotal needed (&gt; 0).</param>
/// <param name="AmountOff">Amount off the order.</param>
/// <param name="PercentOff">Percent off the eligible subtotal.</param>
public sealed record ThresholdTier(decimal Threshold, decimal? AmountOff = null, decimal? PercentOff = null);
