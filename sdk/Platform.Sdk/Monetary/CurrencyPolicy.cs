using System.Globalization;

namespace Platform.Sdk.Monetary;

/// <summary>
/// The rounding rule of every currency of a tenant: a rule per ISO 4217 code (compared case-insensitively)
/// and a fallback for codes not listed. Built in code or parsed from the settings format
/// <c>CurrencyDecimals = "JPY:0,KRW:0"</c> with <c>MoneyDecimals</c> and <c>MoneyRounding</c> beside it.
/// </summary>
public sealed class CurrencyPolicy
{
    private readonly Dictionary<string, MoneyRounding> _byCurrency;

    /// <summary>Creates a policy from per-currency rules and a fallback (<see cref="MoneyRounding.Default"/> when null).</summary>
    public CurrencyPolicy(IReadOnlyDictionary<string, MoneyRounding>? byCurrency = null, MoneyRounding? fallback = null)
    {
        _byCurrency = new Dictionary<string, MoneyRounding>(StringComparer.OrdinalIgnoreCase);
        foreach (var (currency, rule) in byCurrency ?? new Dictionary<string, MoneyRounding>())
        {
            _byCurrency[Money.CheckCurrency(currency, nameof(byCurrency))] = rule;
        }
        Fallback = fallback ?? MoneyRounding.Default;
    }

    /// <summary>Two decimals, half away from zero, for every currency.</summary>
    public static CurrencyPolicy Default { get; } = new();

    /// <summary>The rule of currencies not listed.</summary>
    public MoneyRounding Fallback { get; }

    /// <summary>The currencies with their own rule.</summary>
    public IReadOnlyDictionary<string, MoneyRounding> Currencies => _byCurrency.AsReadOnly();

    /// <summary>The rule of <paramref name="currency"/>.</summary>
    public MoneyRounding For(string currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        return _byCurrency.TryGetValue(currency, out var rule) ? rule : Fallback;
    }

    /// <summary>Rounds <paramref name="money"/> by its currency's rule.</summary>
    public Money Round(Money money) => new(For(money.Currency).Round(money.Amount), money.Currency);

    /// <summary>
    /// Parses the settings format: <paramref name="currencyDecimals"/> is a comma-separated list of
    /// <c>CODE:decimals</c> (<c>"JPY:0,KRW:0"</c>; blanks around entries ignored; empty means none), every
    /// currency rounded by <paramref name="rule"/>; other currencies get <paramref name="defaultDecimals"/>.
    /// </summary>
    /// <exception cref="FormatException">An entry is not <c>CODE:decimals</c> with a three-letter code and 0–4 decimals; the message names it.</exception>
    public static CurrencyPolicy Parse(string? currencyDecimals, int defaultDecimals, RoundingRule rule)
    {
        var byCurrency = new Dictionary<string, MoneyRounding>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in (currencyDecimals ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split(':', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !Money.IsCurrencyCode(parts[0])
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var decimals) || decimals > MoneyRounding.MaxDecimals)
            {
                throw new FormatException(
                    $"'{entry}' is not a currency's decimals: expected CODE:decimals such as JPY:0 (ISO 4217 code, 0-{MoneyRounding.MaxDecimals} decimals).");
            }
            byCurrency[parts[0]] = new MoneyRounding(decimals, rule);
        }
        return new CurrencyPolicy(byCurrency, new MoneyRounding(defaultDecimals, rule));
    }

    /// <summary>The policy in the settings format of <see cref="Parse"/> (currencies in code order).</summary>
    public string FormatCurrencyDecimals() => string.Join(',',
        _byCurrency.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key}:{c.Value.Decimals}")));
}
