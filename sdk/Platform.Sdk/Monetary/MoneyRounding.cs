using System.Globalization;

namespace Platform.Sdk.Monetary;

/// <summary>
/// How amounts of one currency are rounded: the decimals kept (0–4, ISO 4217's range: 2 for CNY and EUR,
/// 0 for JPY and KRW, 3 for KWD) and the <see cref="RoundingRule"/>. Also converts to and from minor units
/// (whole cents), the integer grid exact allocation works on. A value type: comparing two is comparing
/// their decimals and rule. <c>default</c> is zero decimals, half away from zero; <see cref="Default"/> is the
/// two-decimal rule.
/// </summary>
public readonly record struct MoneyRounding
{
    /// <summary>Most decimals a currency may have (ISO 4217 uses at most 4).</summary>
    public const int MaxDecimals = 4;

    /// <summary>
    /// Largest absolute number of minor units handled (10^18): leaves headroom in <see cref="long"/> for sums of
    /// a few such amounts. Beyond it the conversions throw <see cref="MoneyOverflowException"/>.
    /// </summary>
    public const long MaxMinorUnits = 1_000_000_000_000_000_000;

    /// <summary>Creates a rule; <paramref name="decimals"/> must be 0–<see cref="MaxDecimals"/>.</summary>
    public MoneyRounding(int decimals, RoundingRule rule)
    {
        if (decimals is < 0 or > MaxDecimals)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, $"A currency has 0 to {MaxDecimals} decimals.");
        }
        if (!Enum.IsDefined(rule))
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown rounding rule.");
        }
        Decimals = decimals;
        Rule = rule;
    }

    /// <summary>Two decimals, half away from zero: the rule of a currency nobody configured.</summary>
    public static MoneyRounding Default { get; } = new(2, RoundingRule.HalfAwayFromZero);

    /// <summary>Decimals kept.</summary>
    public int Decimals { get; }

    /// <summary>How an amount between two representable amounts is rounded.</summary>
    public RoundingRule Rule { get; }

    /// <summary>The .NET mode that implements <see cref="Rule"/>.</summary>
    public MidpointRounding Midpoint => Rule.ToMidpointRounding();

    /// <summary>The smallest representable amount (0.01 for two decimals, 1 for none).</summary>
    public decimal Unit => Decimals switch
    {
        0 => 1m,
        1 => 0.1m,
        2 => 0.01m,
        3 => 0.001m,
        _ => 0.0001m,
    };

    /// <summary>Minor units per currency unit: 10^decimals (100 for two decimals).</summary>
    public long Scale => Decimals switch
    {
        0 => 1,
        1 => 10,
        2 => 100,
        3 => 1000,
        _ => 10_000,
    };

    /// <summary>Rounds <paramref name="amount"/> to <see cref="Decimals"/> by <see cref="Rule"/>.</summary>
    public decimal Round(decimal amount) => decimal.Round(amount, Decimals, Midpoint);

    /// <summary>Whether <paramref name="amount"/> is already representable (on the grid of <see cref="Unit"/>).</summary>
    public bool IsRounded(decimal amount) => Round(amount) == amount;

    /// <summary>Minor units as an amount (235 → 2.35 with two decimals).</summary>
    public decimal FromMinorUnits(long units) => units * Unit;

    /// <summary>An amount rounded by this rule, in minor units (2.345 → 235 with two decimals, half away from zero).</summary>
    /// <exception cref="MoneyOverflowException">The minor units exceed <see cref="MaxMinorUnits"/>.</exception>
    public long ToMinorUnits(decimal amount)
    {
        decimal scaled;
        try
        {
            scaled = amount * Scale;
        }
        catch (OverflowException e)
        {
            throw Overflow(amount, e);
        }
        return RoundMinorUnits(scaled);
    }

    /// <summary>An exact amount already expressed in minor units (e.g. 1234.5 cents), rounded by this rule to a whole unit.</summary>
    /// <exception cref="MoneyOverflowException">The result exceeds <see cref="MaxMinorUnits"/>.</exception>
    public long RoundMinorUnits(decimal minorUnits)
    {
        var whole = decimal.Round(minorUnits, 0, Midpoint);
        if (whole > MaxMinorUnits || whole < -MaxMinorUnits)
        {
            throw new MoneyOverflowException(string.Create(CultureInfo.InvariantCulture,
                $"{whole} minor units are beyond the bound of ±{MaxMinorUnits} the money code handles exactly."));
        }
        return decimal.ToInt64(whole);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Decimals} decimals, {Rule}");

    private static MoneyOverflowException Overflow(decimal amount, Exception inner) => new(
        string.Create(CultureInfo.InvariantCulture, $"{amount} is beyond the bound the money code handles exactly."), inner);
}
