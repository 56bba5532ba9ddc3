namespace Platform.Modules.Pricing.Engine.Promotions;

/// <summary>
/// Mix-and-match: each group of <see cref="ItemCount"/> units from the applicable set gets exactly one of a
/// deal price, a percentage off, or its least expensive unit discounted by <see cref="CheapestItemPercentOff"/> (100 = free).
/// </summary>
/// <param name="ItemCount">N, ≥ 2.</param>
/// <param name="DealPrice">Price of each group.</param>
/// <param name="PercentOff">Percent off every unit of each group.</param>
/// <param name="CheapestItemPercentOff">Percent off the least expensive unit of each group.</param>
public sealed record BundleParameters(int ItemCount, decimal? DealPrice = null, decimal? PercentOff = null, decimal? CheapestItemPercentOff = null);
