namespace Platform.Modules.Pricing.Engine.Promotions;

/// <summary>满赠: at <paramref name="Threshold"/> of eligible spend, a zero-priced gift line is added.</summary>
/// <param name="Threshold">Eligible subtotal needed (gift lines never count).</param>
/// <param name="GiftProductId">The gift product.</param>
/// <param name="GiftQuantity">Units given, ≥ 1.</param>
public sealed record GiftParameters(decimal Threshold, string GiftProductId, int GiftQuantity = 1);
