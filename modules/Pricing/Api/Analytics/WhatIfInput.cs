using System.ComponentModel.DataAnnotations;
using Platform.Modules.Pricing.Inputs;

namespace Platform.Modules.Pricing.Api.Analytics;

/// <summary>
/// A price-change what-if: the elasticity, today's price and quantity per period, and the price change in percent
/// (10 = +10 %, −5 = −5 %; above −100 so that the new price stays positive).
/// </summary>
internal sealed class WhatIfInput
{
    [Required, Range(-100d, 100d)]
    public decimal? Elasticity { get; set; }

    [Required, Range(0d, InputRules.LargestAmount, MinimumIsExclusive = true)]
    public decimal? CurrentPrice { get; set; }

    [Required, Range(0d, InputRules.LargestAmount)]
    public decimal? CurrentQuantity { get; set; }

    [Required, Range(-100d, 10_000d, MinimumIsExclusive = true)]
    public decimal? PriceChangePercent { get; set; }
}
