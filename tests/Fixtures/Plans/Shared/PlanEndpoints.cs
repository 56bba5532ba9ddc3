using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Data;

namespace Fixtures.Plans;

/// <summary>
/// <c>POST /api/{route}/plans?entity=&amp;message=</c>: creates a <c>plan</c> and runs <c>recalculate</c> through the
/// data service with the names given (default: unqualified, so the module's own), and answers which module stored
/// the plan and which one recalculated.
/// </summary>
public static class PlanEndpoints
{
    /// <summary>Maps the endpoint under <paramref name="route"/>.</summary>
    public static void Map(IEndpointRouteBuilder endpoints, string route) =>
        endpoints.MapPost($"/api/{route}/plans", async (string? entity, string? message, IDataService data, CancellationToken ct) =>
        {
            var plan = new Entity(entity ?? "plan") { ["name"] = "Q3 plan" };
            var id = await data.CreateAsync(plan, ct);
            var stored = await data.RetrieveAsync(entity ?? "plan", id, ct);
            var recalculated = await data.ExecuteAsync<RecalculateResponse>(message ?? "recalculate", new { amount = 10m }, ct);
            return Results.Ok(new { id, storedBy = stored?["storedBy"], recalculatedBy = recalculated.Module, recalculated.Result });
        });
}
