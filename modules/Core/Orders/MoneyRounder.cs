using Platform.Modules.Core.Settings;
using Platform.Sdk.Monetary;

namespace Platform.Modules.Core.Orders;

/// <summary>Rounds money amounts by the tenant's rounding settings, with the SDK's <see cref="MoneyRounding"/>.</summary>
public static class MoneyRounder
{
    /// <summary>The SDK rule the settings describe.</summary>
    public static MoneyRounding RuleOf(CoreSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var rule = settings.MoneyRounding == MoneyRoundingRule.ToEven ? RoundingRule.HalfToEven : RoundingRule.HalfAwayFromZero;
        return new MoneyRounding(settings.MoneyDecimals, rule);
    }

    /// <summary>Rounds <paramref name="amount"/> to the configured decimals with the configured midpoint rule.</summary>
    public static decimal Round(decimal amount, CoreSettings settings) => RuleOf(settings).Round(amount);

    /// <summary>The amount of an order line: quantity × net price, rounded.</summary>
    public static decimal LineAmount(int quantity, decimal netPrice, CoreSettings settings) => Round(quantity * netPrice, settings);
}
