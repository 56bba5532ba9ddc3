namespace Platform.Modules.Pricing.Engine.Prices;

/// <summary>Which single reference price several competitor prices give.</summary>
public enum CompetitorAggregate
{
    /// <summary>The lowest competitor price.</summary>
    Lowest,

    /// <summary>The arithmetic mean of the competitor prices.</summary>
    Average,

    /// <summary>The highest competitor price.</summary>
    Highest,
}
