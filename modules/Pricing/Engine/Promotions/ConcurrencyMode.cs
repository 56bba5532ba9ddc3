namespace Platform.Modules.Pricing.Engine.Promotions;

/// <summary>How a promotion combines with others (ADR 0010).</summary>
public enum ConcurrencyMode
{
    /// <summary>Applies alone on the lines it covers; an order-level exclusive excludes every other promotion.</summary>
    Exclusive,

    /// <summary>Competes with the other best-price promotions on the same line in its layer: only the best for the customer applies.</summary>
    BestPrice,

    /// <summary>Stacks with everything else that applies.</summary>
    Compound,
}
