namespace Platform.Modules.Pricing.Model;

/// <summary>Logical names of the entities the Pricing module owns (pipeline messages and <c>IDataService</c>).</summary>
public static class PricingEntities
{
    /// <summary>A price list with its items.</summary>
    public const string PriceList = "pricelist";

    /// <summary>One product's price in a price list.</summary>
    public const string PriceListItem = "pricelistitem";

    /// <summary>How a product or category is priced (list, cost-plus, competition, value).</summary>
    public const string PricingMethod = "pricingmethod";

    /// <summary>A competitor's observed price for a product.</summary>
    public const string CompetitorPrice = "competitorprice";

    /// <summary>A promotion of any form.</summary>
    public const string Promotion = "promotion";

    /// <summary>One code of a coupon promotion, with its own dates and limits.</summary>
    public const string CouponCode = "couponcode";

    /// <summary>One answer to a Van Westendorp price survey.</summary>
    public const string SurveyResponse = "surveyresponse";
}
