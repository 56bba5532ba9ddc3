namespace Platform.Modules.Pricing.Engine.Promotions;

/// <summary>A coupon's benefit: on an eligible subtotal of at least <see cref="Threshold"/>, exactly one of an amount or a percent off, optionally capped.</summary>
/// <param name="Codes">Codes that present this coupon (at least one).</param>
/// <param name="Threshold">Minimum eligible subtotal (0 = none).</param>
/// <param name="AmountOff">Amount off.</param>
/// <param name="PercentOff">Percent off the eligible subtotal.</param>
/// <param name="MaxDiscount">Cap of a percent discount.</param>
public sealed record CouponParameters(IReadOnlyList<string> Codes, decimal Threshold = 0m, decimal? AmountOff = null, decimal? PercentOff = null, decimal? MaxDiscount = null);
