using Platform.Modules.Core.Settings;

namespace Platform.Modules.Core.Stores;

/// <summary>Applies the tenant's default currency to rows written without one.</summary>
internal static class DefaultCurrency
{
    /// <summary>The given currency, or the tenant's default when it is missing or blank.</summary>
    public static string Or(string? currency, CoreSettings settings) =>
        string.IsNullOrWhiteSpace(currency) ? settings.DefaultCurrency : currency;
}
