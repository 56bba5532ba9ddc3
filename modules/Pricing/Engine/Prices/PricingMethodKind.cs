namespace Platform.Modules.Pricing.Engine.Prices;

/// <summary>How a product's base unit price is found.</summary>
public enum PricingMethodKind
{
    /// <summary>The price of the selected price list.</summary>
    List,

    /// <summary>cost × (1 + margin).</summary>
    CostPlus,

    /// <summary>Relative to competitor prices (above / at / below by an amount or a percentage).</summary>
    Competition,

    /// <summary>value metric × share of the value captured.</summary>
    ValueBased,
}
