namespace Platform.Sdk.Monetary;

/// <summary>How an amount that falls between two representable amounts of a currency is rounded.</summary>
public enum RoundingRule
{
    /// <summary>To the nearest; exactly half-way goes away from zero (commercial rounding: 0.125 → 0.13, −0.125 → −0.13).</summary>
    HalfAwayFromZero = 0,

    /// <summary>To the nearest; exactly half-way goes to the even neighbour (banker's rounding: 0.125 → 0.12, 0.135 → 0.14).</summary>
    HalfToEven = 1,

    /// <summary>Toward zero, dropping the excess (truncation: 0.129 → 0.12, −0.129 → −0.12).</summary>
    Truncate = 2,

    /// <summary>Toward positive infinity (0.121 → 0.13, −0.129 → −0.12).</summary>
    Ceiling = 3,

    /// <summary>Toward negative infinity (0.129 → 0.12, −0.121 → −0.13).</summary>
    Floor = 4,
}

/// <summary>Conversions between <see cref="RoundingRule"/> and .NET's <see cref="MidpointRounding"/>.</summary>
public static class RoundingRules
{
    /// <summary>The .NET rounding mode that implements <paramref name="rule"/>.</summary>
    public static MidpointRounding ToMidpointRounding(this RoundingRule rule) => rule switch
    {
        RoundingRule.HalfAwayFromZero => MidpointRounding.AwayFromZero,
        RoundingRule.HalfToEven => MidpointRounding.ToEven,
        RoundingRule.Truncate => MidpointRounding.ToZero,
        RoundingRule.Ceiling => MidpointRounding.ToPositiveInfinity,
        RoundingRule.Floor => MidpointRounding.ToNegativeInfinity,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown rounding rule."),
    };

    /// <summary>
    /// The rule that rounds exactly as <paramref name="mode"/> does with <see cref="decimal.Round(decimal, int, MidpointRounding)"/>
    /// (settings that already hold a <see cref="MidpointRounding"/> keep their meaning).
    /// </summary>
    public static RoundingRule FromMidpointRounding(MidpointRounding mode) => mode switch
    {
        MidpointRounding.AwayFromZero => RoundingRule.HalfAwayFromZero,
        MidpointRounding.ToEven => RoundingRule.HalfToEven,
        MidpointRounding.ToZero => RoundingRule.Truncate,
        MidpointRounding.ToPositiveInfinity => RoundingRule.Ceiling,
        MidpointRounding.ToNegativeInfinity => RoundingRule.Floor,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown midpoint rounding mode."),
    };

    /// <summary>
    /// Parses a settings value: a <see cref="RoundingRule"/> name or a <see cref="MidpointRounding"/> name
    /// (<c>AwayFromZero</c>, <c>ToEven</c>, <c>ToZero</c>, … as Pricing's <c>MoneyRounding</c> setting holds), case-insensitively.
    /// </summary>
    /// <exception cref="FormatException">Neither; the message lists the accepted names.</exception>
    public static RoundingRule Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var name = value.Trim();
        // Letters only: Enum.TryParse would also accept numbers and comma-separated lists.
        if (name.Length > 0 && name.All(char.IsAsciiLetter))
        {
            if (Enum.TryParse<RoundingRule>(name, ignoreCase: true, out var rule))
            {
                return rule;
            }
            if (Enum.TryParse<MidpointRounding>(name, ignoreCase: true, out var mode))
            {
                return FromMidpointRounding(mode);
            }
        }
        throw new FormatException(
            $"'{value}' is not a rounding rule; expected one of {string.Join(", ", Enum.GetNames<RoundingRule>())} or {string.Join(", ", Enum.GetNames<MidpointRounding>())}.");
    }
}
