using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Pricing.Quotes;
using Platform.Sdk.Data;
using Platform.Sdk.Http;

namespace Platform.Modules.Pricing.Api;

/// <summary><c>POST /api/pricing/quote</c>: prices a cart through the <c>pricing.quote</c> message, without creating an order.</summary>
internal static class QuoteEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/pricing/quote", async (HttpRequest request, [FromServices] IDataService data, CancellationToken ct) =>
        {
            var (input, _, problem) = await EntityEndpoints.ReadInputAsync<QuoteRequest>(request, partial: false, ct);
            return problem ?? Results.Ok(await data.ExecuteAsync<QuoteResponse>(QuoteMessageHandler.MessageName, input!, ct));
        }).Accepts<QuoteRequest>("application/json").WithTags("pricing").WithName("pricing.quote").WithSummary("Price a cart without creating an order").Produces<QuoteResponse>().RequirePermission(QuoteMessageHandler.MessageName);
    }
}
