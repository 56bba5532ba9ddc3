using Platform.Sdk.Monetary;

namespace Platform.Modules.Pricing.Engine.Money;

/// <summary>Rounding rules per currency code, with a fallback for currencies not listed (the engine's view of an SDK <see cref="CurrencyPolicy"/>).</summary>
public sealed class RoundingPolicy
{
    private readonly Dictionary<string, CurrencyRounding> _byCurrency;

    /// <summary>Creates a policy from per-currency rules (codes compared case-insensitively) and a fallback.</summary>
    public RoundingPolicy(IReadOnlyDictionary<string, CurrencyRounding>? byCurrency = null, CurrencyRounding? fallback = null)
    {
        _byCurrency = new Dictionary<string, CurrencyRounding>(StringComparer.OrdinalIgnoreCase);
        foreach (var (currency, rule) in byCurrency ?? new Dictionary<string, CurrencyRounding>())
        {
            _byCurrency[currency] = rule;
        }
        Fallback = fallback ?? CurrencyRounding.Default;
    }

    /// <summary>Two decimals, half away from zero, for every currency.</summary>
    public static RoundingPolicy Default { get; } = new();

    /// <summary>The rule of currencies not configured.</summary>
    public CurrencyRounding Fallback { get; }

    /// <summary>The rule of <paramref name="currency"/>.</summary>
    public CurrencyRounding For(string currency) => _byCurrency.TryGetValue(currency, out var rule) ? rule : Fallback;

    /// <summary>The engine's policy for an SDK currency policy, every rule with the settings' midpoint mode.</summary>
    public static RoundingPolicy From(CurrencyPolicy policy, MidpointRounding midpoint)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new RoundingPolicy(
            policy.Currencies.ToDictionary(c => c.Key, c => new CurrencyRounding(c.Value.Decimals, midpoint), StringComparer.OrdinalIgnoreCase),
            new CurrencyRounding(policy.Fallback.Decimals, midpoint));
    }
}
