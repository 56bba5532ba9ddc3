using Platform.Sdk.Monetary;

namespace Platform.Modules.Pricing.Engine.Money;

/// <summary>
/// How the engine rounds amounts of one currency: the SDK's <see cref="MoneyRounding"/> with the midpoint
/// mode the Pricing settings hold. Every operation is the SDK's.
/// </summary>
public sealed record CurrencyRounding
{
    /// <summary>Creates the rule.</summary>
    /// <param name="decimals">Decimals kept (2 for CNY/EUR, 0 for JPY).</param>
    /// <param name="midpoint">What to do with an amount between two representable amounts.</param>
    public CurrencyRounding(int decimals, MidpointRounding midpoint)
    {
        Rule = new MoneyRounding(decimals, RoundingRules.FromMidpointRounding(midpoint));
        Midpoint = midpoint;
    }

    /// <summary>Two decimals, half away from zero: the rule when a currency has none configured.</summary>
    public static CurrencyRounding Default { get; } = new(2, MidpointRounding.AwayFromZero);

    /// <summary>The SDK rule.</summary>
    public MoneyRounding Rule { get; }

    /// <summary>Decimals kept.</summary>
    public int Decimals => Rule.Decimals;

    /// <summary>The midpoint mode as configured.</summary>
    public MidpointRounding Midpoint { get; }

    /// <summary>The smallest representable amount (0.01 for two decimals, 1 for none).</summary>
    public decimal Unit => Rule.Unit;

    /// <summary>Units per currency unit: 10^decimals (100 for two decimals).</summary>
    public long Scale => Rule.Scale;

    /// <summary>Rounds <paramref name="amount"/> by this rule.</summary>
    public decimal Round(decimal amount) => Rule.Round(amount);

    /// <summary>An amount in minor units (on the grid), as money.</summary>
    public decimal FromUnits(long units) => Rule.FromMinorUnits(units);

    /// <summary>Money rounded by this rule, in minor units (2.345 → 235 with two decimals, half away from zero).</summary>
    public long ToUnits(decimal amount) => Rule.ToMinorUnits(amount);

    /// <summary>An exact amount already expressed in minor units, rounded by this rule's midpoint rule to a whole unit.</summary>
    public long RoundUnits(decimal minorUnits) => Rule.RoundMinorUnits(minorUnits);
}
