using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Pricing.Api.Analytics;
using Platform.Modules.Pricing.Data;
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
            ElasticityEndpoint.HandleAsync(productId, request, data, time, ct)).WithName("pricing.analytics.elasticity").RequirePermission("pricing.read");
        group.MapPost("/what-if", (HttpRequest request, CancellationToken ct) => WhatIfEndpoint.HandleAsync(request, ct))
            .Accepts<WhatIfInput>("application/json").WithName("pricing.analytics.what-if").RequirePermission("pricing.read");
        group.MapGet("/van-westendorp/{survey}", (string survey, HttpRequest request, [FromServices] PricingDbContext db, [FromServices] IDataService data, CancellationToken ct) =>
            VanWestendorpEndpoint.HandleAsync(survey, request, db, data, ct)).WithName("pricing.analytics.van-westendorp").RequirePermission("pricing.read");
        group.MapGet("/promotion-roi/{promotionId:guid}", (Guid promotionId, HttpRequest request, [FromServices] PricingDbContext db, [FromServices] IDataService data, [FromServices] TimeProvider time, CancellationToken ct) =>
            PromotionRoiEndpoint.HandleAsync(promotionId, request, db, data, time, ct)).WithName("pricing.analytics.promotion-roi").RequirePermission("pricing.read");
    }
}
