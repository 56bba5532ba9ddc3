namespace Platform.Modules.Pricing.Engine.Prices;

/// <summary>Where a base unit price came from.</summary>
public enum PriceSourceKind
{
    /// <summary>A price list's item.</summary>
    PriceList,

    /// <summary>Cost-plus method.</summary>
    CostPlus,

    /// <summary>Competition-based method.</summary>
    Competition,

    /// <summary>Value-based method.</summary>
    ValueBased,

    /// <summary>A gift line added by a promotion (zero price).</summary>
    Gift,

    /// <summary>No price could be found: the line is priced at zero and the quote is incomplete.</summary>
    Unpriced,
}
