namespace Platform.Modules.Pricing.Analytics;

/// <summary>
/// One sale of a product at a price, as read from order history. <paramref name="Period"/> labels the
/// time bucket it belongs to (e.g. <c>2026-W14</c>); observations that share a period and a price are one
/// demand point.
/// </summary>
internal sealed record PriceObservation(decimal Price, decimal Quantity, string? Period = null);
