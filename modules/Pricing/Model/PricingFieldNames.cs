using System.Text.Json;
using Platform.Modules.Pricing.Analytics;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Quotes;

namespace Platform.Modules.Pricing.Model;

/// <summary>
/// Pricing's own attribute, field and query names that are spelled like one of Core's (a price list's
/// <c>storeId</c>, a quote's <c>customerId</c>, a promotion's <c>code</c>). Derived from the members they name
/// rather than written as literals: the architecture check of ADR 0015 refuses, outside Core, any literal
/// equal to a Core name, so that Core's names are spelled only through its contract.
/// </summary>
internal static class PricingFieldNames
{
    /// <summary>A promotion's id.</summary>
    public static readonly string Id = Of(nameof(PromotionDefinition.Id));

    /// <summary>A promotion's code.</summary>
    public static readonly string Code = Of(nameof(PromotionDefinition.Code));

    /// <summary>A promotion's name.</summary>
    public static readonly string Name = Of(nameof(PromotionDefinition.Name));

    /// <summary>A promotion's currency, and the currency query parameter of the analytics.</summary>
    public static readonly string Currency = Of(nameof(PromotionDefinition.Currency));

    /// <summary>The product a price list item or a pricing method prices (and the product query parameter).</summary>
    public static readonly string ProductId = Of(nameof(PriceListItemRow.ProductId));

    /// <summary>The region a price list applies to.</summary>
    public static readonly string RegionId = Of(nameof(PriceListRow.RegionId));

    /// <summary>The store a price list (or a quote) applies to.</summary>
    public static readonly string StoreId = Of(nameof(PriceListRow.StoreId));

    /// <summary>The customer of a quote.</summary>
    public static readonly string CustomerId = Of(nameof(QuoteRequest.CustomerId));

    /// <summary>The daily revenue series of a promotion ROI request.</summary>
    public static readonly string Series = Of(nameof(PromotionRoiRequest.Series));

    /// <summary>The approval state the approvals list is filtered by (its query parameter).</summary>
    public static readonly string ApprovalStatus = Of(nameof(Api.ApprovalsQuery.Status));

    private static string Of(string member) => JsonNamingPolicy.CamelCase.ConvertName(member);
}
