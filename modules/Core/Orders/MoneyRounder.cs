using Platform.Modules.Core.Settings;

namespace Platform.Modules.Core.Orders;

/// <summary>Rounds money amounts by the tenant's rounding settings.</summary>
public static class MoneyRounder
{
    /// <summary>Rounds <paramref name="amount"/> to the configured decimals with the configured midpoint rule.</summary>
    public static decimal Round(decimal amount, CoreSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var midpoint = settings.MoneyRounding == MoneyRoundingRule.ToEven ? MidpointRounding.ToEven : MidpointRounding.AwayFromZero;
        return decimal.Round(amount, settings.MoneyDecimals, midpoint);
    }

    /// <summary>The amount of an order line: quantity × net price, rounded.</summary>
    public static decimal LineAmount(int quantity, decimal netPrice, CoreSettings settings) => Round(quantity * netPrice, settings);
}
