using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Pricing.Api.Analytics;
using Platform.Modules.Pricing.Analytics.Sources;
using Platform.Modules.Pricing.Data;
using Platform.Modules.Pricing.Model;
using Platform.Sdk.Data;
using Platform.Sdk.Http;

namespace Platform.Modules.Pricing.Api;

/// <summary>
/// Pricing analytics under <c>/api/pricing/analytics</c>: price elasticity from order history, a price-change what-if,
/// the Van Westendorp meter over survey responses and promotion ROI. Each endpoint's class documents its parameters
/// and definitions; bad parameters answer 400 naming the field, unknown ids 404.
/// </summary>
internal static class AnalyticsEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/pricing/analytics").WithTags("pricing");
        group.MapGet("/elasticity/{productId:guid}", (Guid productId, HttpRequest request, [FromServices] IDataService data, [FromServices] TimeProvider time, CancellationToken ct) =>
            ElasticityEndpoint.HandleAsync(productId, request, data, time, ct)).WithName("pricing.analytics.elasticity").WithSummary("Price elasticity of a product from order history").Produces<ElasticityResponse>().WithQueryParameter("from", typeof(DateTimeOffset), "Start (inclusive): a date (midnight China time) or an ISO 8601 date-time; default 12 months before to.").WithQueryParameter("to", typeof(DateTimeOffset), "End (exclusive), like from; default now.").WithQueryParameter("period", typeof(DemandPeriod), "Observation period (default Week).").WithQueryParameter("confidence", typeof(double), "The interval's level, strictly between 0 and 1 (default 0.95).").WithQueryParameter(PricingFieldNames.Currency, typeof(string), "Only orders in this ISO 4217 currency.").RequirePermission("pricing.read");
        group.MapPost("/what-if", (HttpRequest request, CancellationToken ct) => WhatIfEndpoint.HandleAsync(request, ct))
            .Accepts<WhatIfInput>("application/json").WithName("pricing.analytics.what-if").WithSummary("Simulate a price change").Produces<WhatIfResponse>().RequirePermission("pricing.read");
        group.MapGet("/van-westendorp/{survey}", (string survey, HttpRequest request, [FromServices] PricingDbContext db, [FromServices] IDataService data, CancellationToken ct) =>
            VanWestendorpEndpoint.HandleAsync(survey, request, db, data, ct)).WithName("pricing.analytics.van-westendorp").WithSummary("Van Westendorp price sensitivity of a survey").Produces<VanWestendorpResponse>().WithQueryParameter(PricingFieldNames.ProductId, typeof(Guid), "Only the responses about this product.").WithQueryParameter("method", typeof(string), "min (default), max, mean or median: which of several intersections.").WithQueryParameter("definition", typeof(string), "classic (default) or release131: the package release reproduced.").RequirePermission("pricing.read");
        group.MapGet("/promotion-roi/{promotionId:guid}", (Guid promotionId, HttpRequest request, [FromServices] PricingDbContext db, [FromServices] IDataService data, [FromServices] TimeProvider time, CancellationToken ct) =>
            PromotionRoiEndpoint.HandleAsync(promotionId, request, db, data, time, ct)).WithName("pricing.analytics.promotion-roi").WithSummary("Return on a promotion against a pre-period baseline").Produces<PromotionRoiResponse>().WithQueryParameter("preDays", typeof(int), "Whole days of the pre-period before the start day (1 to 366, default 28).").WithQueryParameter("fixedCost", typeof(decimal), "Costs beyond the discounts (not negative, default 0).").RequirePermission("pricing.read");
    }
}
