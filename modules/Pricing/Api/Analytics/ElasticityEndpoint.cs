using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Platform.Modules.Core.Contracts;
using Platform.Modules.Pricing.Analytics;
using Platform.Modules.Pricing.Analytics.Sources;
using Platform.Modules.Pricing.Inputs;
using Platform.Modules.Pricing.Model;
using Platform.Sdk.Data;

namespace Platform.Modules.Pricing.Api.Analytics;

/// <summary>
/// <c>GET /api/pricing/analytics/elasticity/{productId}</c>: the product's price elasticity of demand from Core order
/// history (see <see cref="ElasticityResponse.Rule"/>). Query parameters, all optional:
/// <c>from</c> (inclusive) and <c>to</c> (exclusive), each a date (midnight China time) or an ISO 8601 date-time,
/// by default the 12 months before now; <c>period</c> <c>week</c> (default) or <c>month</c>; <c>confidence</c>, the
/// interval's level strictly between 0 and 1 (default 0.95); <c>currency</c>, an ISO code to keep orders of one currency.
/// 404 for an unknown product; 400 naming the parameter for a bad value.
/// </summary>
internal static class ElasticityEndpoint
{
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal) { ["confidenceLevel"] = "confidence" };

    public static async Task<IResult> HandleAsync(Guid productId, HttpRequest request, IDataService data, TimeProvider time, CancellationToken ct)
    {
        var query = new QueryParameters(request.Query);
        var to = query.Instant("to");
        var from = query.Instant("from");
        var period = query.Choice<DemandPeriod>("period") ?? DemandPeriod.Week;
        var confidence = query.Double("confidence") ?? ElasticityRequest.DefaultConfidenceLevel;
        var currency = query.Text(PricingFieldNames.Currency);
        if (currency is not null && !Regex.IsMatch(currency, InputRules.CurrencyPattern))
        {
            query.Add(PricingFieldNames.Currency, "Must be a three-letter ISO 4217 code such as CNY.");
        }
        var end = to ?? time.GetUtcNow();
        var start = from ?? end.AddMonths(-12);
        if (start >= end && !query.Errors.ContainsKey("from") && !query.Errors.ContainsKey("to"))
        {
            query.Add("from", $"Must be before to ({end:O}).");
        }
        query.Add(AnalysisRequestValidator.Validate(new ElasticityRequest([], confidence)), Renamed);
        if (query.HasErrors)
        {
            return query.Problem();
        }
        if (await data.RetrieveAsync(CoreEntities.Product, productId, ct) is null)
        {
            return Results.Problem(statusCode: 404, title: "Not found.", detail: $"product {productId} does not exist.");
        }
        var lines = await CoreOrderReader.ReadLinesAsync(data, start, end, currency, ct);
        var estimate = ElasticityEstimator.Estimate(new ElasticityRequest(PeriodObservations.Of(lines, productId, period), confidence));
        return Results.Ok(new ElasticityResponse(productId, start, end, period, currency, ElasticityResponse.Rule, estimate));
    }
}
