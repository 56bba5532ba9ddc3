namespace Platform.Modules.Pricing.Engine.Promotions;

/// <summary>
/// Buy <see cref="BuyQuantity"/> get <see cref="GetQuantity"/> at <see cref="GetPercentOff"/>% off (100 = free),
/// or <see cref="BuyQuantity"/> units for <see cref="GroupPrice"/>. Units of all applicable lines count together;
/// the discounted units are chosen for the customer's best deal (ADR 0010).
/// </summary>
/// <param name="BuyQuantity">N, ≥ 1.</param>
/// <param name="GetQuantity">M units discounted per group of N + M.</param>
/// <param name="GetPercentOff">Percent off the M units; null with <paramref name="GetQuantity"/> set means free.</param>
/// <param name="GroupPrice">Price of each group of N units (exclusive with <paramref name="GetQuantity"/>).</param>
public sealed record MultibuyParameters(int BuyQuantity, int? GetQuantity = null, decimal? GetPercentOff = null, decimal? GroupPrice = null);
