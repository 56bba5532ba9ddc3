namespace Platform.Modules.Pricing.Engine.Money;

/// <summary>How amounts of one currency are rounded: number of decimals and the midpoint rule.</summary>
/// <param name="Decimals">Decimals kept (2 for CNY/EUR, 0 for JPY).</param>
/// <param name="Midpoint">What to do with an amount exactly half-way between two representable amounts.</param>
public sealed record CurrencyRounding(int Decimals, MidpointRounding Midpoint)
{
    /// <summary>Two decimals, half away from zero: the rule when a currency has none configured.</summary>
    public static CurrencyRounding Default { get; } = new(2, MidpointRounding.AwayFromZero);

    /// <summary>The smallest representable amount (0.01 for two decimals, 1 for none).</summary>
    public decimal Unit => Decimals switch
    {
        0 => 1m,
        1 => 0.1m,
        2 => 0.01m,
        3 => 0.001m,
        _ => 1m / (decimal)Math.Pow(10, Decimals),
    };

    /// <summary>Units per currency unit: 10^decimals (100 for two decimals).</summary>
    public long Scale => Decimals switch
    {
        0 => 1,
        1 => 10,
        2 => 100,
        3 => 1000,
        _ => (long)Math.Pow(10, Decimals),
    };

    /// <summary>Rounds <paramref name="amount"/> by this rule.</summary>
    public decimal Round(decimal amount) => decimal.Round(amount, Decimals, Midpoint);

    /// <summary>An amount in minor units (on the grid), as money.</summary>
    public decimal FromUnits(long units) => units * Unit;

    /// <summary>Money rounded by this rule, in minor units (2.345 → 235 with two decimals, half away from zero).</summary>
    public long ToUnits(decimal amount) => RoundUnits(amount * Scale);

    /// <summary>An exact amount already expressed in minor units, rounded by this rule's midpoint rule to a whole unit.</summary>
    public long RoundUnits(decimal minorUnits) => decimal.ToInt64(decimal.Round(minorUnits, 0, Midpoint));
}
