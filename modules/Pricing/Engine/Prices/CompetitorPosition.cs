namespace Platform.Modules.Pricing.Engine.Prices;

/// <summary>Where the price sits relative to the competitor reference price.</summary>
public enum CompetitorPosition
{
    /// <summary>Reference + adjustment.</summary>
    Above,

    /// <summary>The reference itself (the adjustment is ignored).</summary>
    At,

    /// <summary>Reference − adjustment (never below zero).</summary>
    Below,
}
