namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>How stacked discounts within one layer are computed.</summary>
public enum CompoundingMode
{
    /// <summary>Each discount on the amount the previous one left (10% then 20% on 100 → 72).</summary>
    Sequential,

    /// <summary>Each discount on the layer's starting amount (10% and 20% on 100 → 70).</summary>
    OnOriginal,
}
