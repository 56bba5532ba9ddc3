namespace Platform.Sdk.Tiers;

/// <summary>
/// One band of a <see cref="TierTable"/>: its range of the measure and what it pays — exactly one of
/// <see cref="Rate"/>, <see cref="UnitPrice"/> or <see cref="FixedAmount"/> — with an optional minimum and
/// maximum payout. A plain record: it serializes as configuration.
/// </summary>
public sealed record Tier
{
    /// <summary>Lower bound of the band, in the measure's units (or in multiples of <see cref="TierEvaluationOptions.BoundScale"/>).</summary>
    public decimal From { get; init; }

    /// <summary>
    /// Whether a measure exactly at <see cref="From"/> is in this band (default true). The band below then ends
    /// just before it; with false the boundary belongs to the band below.
    /// </summary>
    public bool FromInclusive { get; init; } = true;

    /// <summary>Upper bound; must equal the next band's <see cref="From"/>. Only the last band may leave it open.</summary>
    public decimal? To { get; init; }

    /// <summary>Share of the priced measure paid, as a fraction (0.05 for 5%).</summary>
    public decimal? Rate { get; init; }

    /// <summary>Amount paid per unit of measure in the band (price-portion, or volume prices).</summary>
    public decimal? UnitPrice { get; init; }

    /// <summary>Amount paid once when the measure reaches the band (a step bonus).</summary>
    public decimal? FixedAmount { get; init; }

    /// <summary>Least this band pays when some of the measure falls in it (a per-item minimum fee).</summary>
    public decimal? MinimumPayout { get; init; }

    /// <summary>Most this band pays.</summary>
    public decimal? MaximumPayout { get; init; }

    /// <summary>In <see cref="TierMode.RetroactiveUnlock"/>: reaching this band re-prices every unit below it at its rate.</summary>
    public bool UnlocksRetroactively { get; init; }

    /// <summary>Optional label shown in explanations ("Gold", "accelerator").</summary>
    public string? Name { get; init; }

    /// <summary>A band of <paramref name="rate"/> (a fraction) from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static Tier AtRate(decimal from, decimal? to, decimal rate) => new() { From = from, To = to, Rate = rate };

    /// <summary>A band of <paramref name="unitPrice"/> per unit from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static Tier AtUnitPrice(decimal from, decimal? to, decimal unitPrice) => new() { From = from, To = to, UnitPrice = unitPrice };

    /// <summary>A band paying <paramref name="amount"/> once reached, from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static Tier Fixed(decimal from, decimal? to, decimal amount) => new() { From = from, To = to, FixedAmount = amount };
}
