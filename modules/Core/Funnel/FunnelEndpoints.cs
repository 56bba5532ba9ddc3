using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Data;
using Platform.Sdk.Http;

namespace Platform.Modules.Core.Funnel;

/// <summary>
/// <c>GET /api/core/funnel?from=&amp;to=&amp;repId=&amp;teamId=&amp;regionId=&amp;partnerId=&amp;currency=</c>: the
/// <c>core.funnel</c> message over HTTP. A parameter that is not a date-time or GUID is a 400 naming it.
/// </summary>
internal static class FunnelEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/core/funnel", async (HttpRequest http, [FromServices] IDataService data, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var request = new FunnelRequest
            {
                From = Instant(http, "from", errors),
                To = Instant(http, "to", errors),
                RepId = Id(http, "repId", errors),
                TeamId = Id(http, "teamId", errors),
                RegionId = Id(http, "regionId", errors),
                PartnerId = Id(http, "partnerId", errors),
                Currency = http.Query["currency"].FirstOrDefault() is { Length: > 0 } c ? c : null,
            };
            return errors.Count > 0
                ? Results.ValidationProblem(errors, title: "The query parameters are not valid.")
                : Results.Ok(await data.ExecuteAsync<FunnelReport>(FunnelMessageHandler.MessageName, request, ct));
        }).WithTags("core").WithName("core.funnel").WithSummary("Funnel KPIs of the opportunities created in a period").Produces<FunnelReport>().WithQueryParameter("from", typeof(DateTimeOffset), "Start of the period (inclusive): a date or an ISO 8601 date-time, UTC without an offset.").WithQueryParameter("to", typeof(DateTimeOffset), "End of the period (exclusive), like from.").WithQueryParameter("repId", typeof(Guid), "Only this rep's opportunities.").WithQueryParameter("teamId", typeof(Guid), "Only this team's opportunities.").WithQueryParameter("regionId", typeof(Guid), "Only this region's opportunities.").WithQueryParameter("partnerId", typeof(Guid), "Only this partner's opportunities.").WithQueryParameter("currency", typeof(string), "Only opportunities in this ISO 4217 currency.").RequirePermission(FunnelMessageHandler.MessageName);
    }

    private static DateTimeOffset? Instant(HttpRequest http, string name, Dictionary<string, string[]> errors)
    {
        if (http.Query[name].FirstOrDefault() is not { Length: > 0 } text)
        {
            return null;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at;
        }
        errors[name] = [$"{name} must be a date or an ISO 8601 date-time (UTC when it has no offset); '{text}' is not."];
        return null;
    }

    private static Guid? Id(HttpRequest http, string name, Dictionary<string, string[]> errors)
    {
        if (http.Query[name].FirstOrDefault() is not { Length: > 0 } text)
        {
            return null;
        }
        if (Guid.TryParse(text, out var id))
        {
            return id;
        }
        errors[name] = [$"{name} must be a GUID; '{text}' is not."];
        return null;
    }
}
