using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Core.Contracts;
using Platform.Modules.Pricing.Analytics;
using Platform.Modules.Pricing.Data;
using Platform.Modules.Pricing.Model;
using Platform.Sdk.Data;

namespace Platform.Modules.Pricing.Api.Analytics;

/// <summary>
/// <c>GET /api/pricing/analytics/van-westendorp/{survey}</c>: the Van Westendorp price sensitivity meter over the stored
/// responses of a survey (entity <c>surveyresponse</c>), as pricesensitivitymeter's <c>psm_analysis</c> defines it.
/// Query parameters, all optional: <c>productId</c> keeps the responses about one product; <c>method</c>
/// <c>min</c> (default), <c>max</c>, <c>mean</c> or <c>median</c> picks among several intersections; <c>definition</c>
/// <c>classic</c> (default) or <c>release131</c> chooses the package release reproduced. Inconsistent respondents are
/// dropped and counted. 404 when the survey (or the product) has no responses or the product does not exist.
/// </summary>
internal static class VanWestendorpEndpoint
{
    public static async Task<IResult> HandleAsync(
        string survey, HttpRequest request, PricingDbContext db, IDataService data, CancellationToken ct)
    {
        var query = new QueryParameters(request.Query);
        var productText = query.Text(PricingFieldNames.ProductId);
        Guid? productId = null;
        if (productText is not null)
        {
            if (Guid.TryParse(productText, out var parsed))
            {
                productId = parsed;
            }
            else
            {
                query.Add(PricingFieldNames.ProductId, $"'{productText}' is not a GUID.");
            }
        }
        var method = query.Choice<IntersectionMethod>("method") ?? IntersectionMethod.Min;
        var definition = query.Choice<PsmDefinition>("definition") ?? PsmDefinition.Classic;
        if (query.HasErrors)
        {
            return query.Problem();
        }
        if (productId is { } product && await data.RetrieveAsync(CoreEntities.Product, product, ct) is null)
        {
            return Results.Problem(statusCode: 404, title: "Not found.", detail: $"product {product} does not exist.");
        }
        var rows = await db.SurveyResponses.AsNoTracking()
            .Where(r => r.Survey == survey && (productId == null || r.ProductId == productId))
            .OrderBy(r => r.Id)
            .Select(r => new PriceSensitivityResponse(r.TooCheap, r.Cheap, r.Expensive, r.TooExpensive))
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return Results.Problem(statusCode: 404, title: "Not found.",
                detail: productId is null ? $"Survey '{survey}' has no responses." : $"Survey '{survey}' has no responses about product {productId}.");
        }
        var result = VanWestendorpMeter.Analyze(new VanWestendorpRequest(rows, method, definition));
        return Results.Ok(VanWestendorpResponse.From(survey, productId, method, result));
    }
}
