using System.Globalization;

namespace Platform.Sdk.Monetary;

/// <summary>
/// An amount of one currency: a <see cref="decimal"/> and an ISO 4217 code (three upper-case letters).
/// Arithmetic between two amounts requires the same currency. Amounts are bounded by
/// <see cref="MaxAmount"/> so that every amount of every currency fits the exact minor-unit grid.
/// </summary>
public readonly record struct Money
{
    /// <summary>Largest absolute amount (10^14): with at most 4 decimals its minor units stay within <see cref="MoneyRounding.MaxMinorUnits"/>.</summary>
    public const decimal MaxAmount = 100_000_000_000_000m;

    /// <summary>Creates an amount.</summary>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three upper-case letters.</exception>
    /// <exception cref="MoneyOverflowException">|<paramref name="amount"/>| exceeds <see cref="MaxAmount"/>.</exception>
    public Money(decimal amount, string currency)
    {
        Currency = CheckCurrency(currency, nameof(currency));
        Amount = CheckAmount(amount);
    }

    /// <summary>The amount, not rounded unless the caller rounded it.</summary>
    public decimal Amount { get; }

    /// <summary>The ISO 4217 code, e.g. <c>CNY</c>.</summary>
    public string Currency { get; }

    /// <summary>Zero of <paramref name="currency"/>.</summary>
    public static Money Zero(string currency) => new(0m, currency);

    /// <summary>Whether <paramref name="code"/> has the shape of an ISO 4217 code (three ASCII letters A–Z).</summary>
    public static bool IsCurrencyCode(string? code) => code is { Length: 3 } && code.All(char.IsAsciiLetterUpper);

    /// <summary>The sum of two amounts of the same currency.</summary>
    public static Money operator +(Money left, Money right) => new(left.Amount + Same(left, right).Amount, left.Currency);

    /// <summary>The difference of two amounts of the same currency.</summary>
    public static Money operator -(Money left, Money right) => new(left.Amount - Same(left, right).Amount, left.Currency);

    /// <summary>The amount negated.</summary>
    public static Money operator -(Money value) => new(-value.Amount, value.Currency);

    /// <summary>The amount times a factor (a quantity, a rate).</summary>
    public static Money operator *(Money value, decimal factor) => new(Multiply(value.Amount, factor), value.Currency);

    /// <summary>Named alternative to <c>+</c>.</summary>
    public Money Add(Money other) => this + other;

    /// <summary>Named alternative to binary <c>-</c>.</summary>
    public Money Subtract(Money other) => this - other;

    /// <summary>Named alternative to unary <c>-</c>.</summary>
    public Money Negate() => -this;

    /// <summary>Named alternative to <c>*</c>.</summary>
    public Money Multiply(decimal factor) => this * factor;

    /// <summary>The amount rounded by <paramref name="rounding"/>.</summary>
    public Money Round(MoneyRounding rounding) => new(rounding.Round(Amount), Currency);

    /// <summary>The amount rounded by its currency's rule in <paramref name="policy"/>.</summary>
    public Money Round(CurrencyPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.Round(this);
    }

    /// <summary>
    /// Splits the amount (rounded by its currency's rule first) into parts pro rata to <paramref name="weights"/>
    /// that sum exactly to it, by largest remainder (see <see cref="LargestRemainder.Allocate(decimal, IReadOnlyList{decimal}, MoneyRounding)"/>).
    /// </summary>
    public IReadOnlyList<Money> Allocate(IReadOnlyList<decimal> weights, CurrencyPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var currency = Currency;
        return [.. LargestRemainder.Allocate(Amount, weights, policy.For(currency)).Select(a => new Money(a, currency))];
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount} {Currency}");

    internal static string CheckCurrency(string currency, string parameter)
    {
        if (!IsCurrencyCode(currency))
        {
            throw new ArgumentException($"'{currency}' is not an ISO 4217 currency code (three upper-case letters such as CNY).", parameter);
        }
        return currency;
    }

    private static decimal CheckAmount(decimal amount) => Math.Abs(amount) <= MaxAmount ? amount
        : throw new MoneyOverflowException(string.Create(CultureInfo.InvariantCulture, $"{amount} is beyond the bound of ±{MaxAmount} of a money amount."));

    private static decimal Multiply(decimal amount, decimal factor)
    {
        try
        {
            return amount * factor;
        }
        catch (OverflowException e)
        {
            throw new MoneyOverflowException(string.Create(CultureInfo.InvariantCulture, $"{amount} × {factor} is beyond the bound of a money amount."), e);
        }
    }

    private static Money Same(Money left, Money right) => string.Equals(left.Currency, right.Currency, StringComparison.Ordinal) ? right
        : throw new InvalidOperationException($"Cannot combine {left.Currency} and {right.Currency}: amounts of different currencies.");
}
