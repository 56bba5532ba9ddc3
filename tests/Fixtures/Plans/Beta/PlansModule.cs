using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Contributions;
using Platform.Sdk.Data;
using Platform.Sdk.Modules;

namespace Fixtures.Plans;

/// <summary>
/// fixtures.plans-beta: owns <c>plan</c> and <c>recalculate</c> (triples the amount) and <c>audit</c> (needs the
/// permission fixtures.plans-beta.audit). It defines the named contract <c>fixtures.badge-source</c> and lists the
/// badges every module enabled for the tenant contributes at <c>GET /api/plans-beta/badges</c>, calling the
/// message a badge names (by JSON shape) for its score.
/// </summary>
public sealed class PlansModule : IModule
{
    /// <summary>The module id.</summary>
    public const string Id = "fixtures.plans-beta";

    /// <summary>What <c>recalculate</c> multiplies by.</summary>
    public const decimal Factor = 3m;

    /// <summary>The contract this module defines for others.</summary>
    public const string BadgeSource = "fixtures.badge-source";

    /// <inheritdoc />
    public void Register(IModuleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddEntityStore<PlanStore>("plan")
            .AddMessage<RecalculateRequest, RecalculateResponse, RecalculateHandler>("recalculate")
            .AddMessage<RecalculateRequest, RecalculateResponse, RecalculateHandler>("audit", "fixtures.plans-beta.audit")
            .Contribute(BadgeSource, new { badge = "beta-silver" })
            .MapEndpoints(e =>
            {
                PlanEndpoints.Map(e, "plans-beta");
                e.MapGet("/api/plans-beta/badges", ListBadgesAsync);
            });
    }

    private static async Task<IResult> ListBadgesAsync(IContributions contributions, IDataService data, CancellationToken ct)
    {
        var badges = new List<object>();
        foreach (var contribution in contributions.Get(BadgeSource))
        {
            var badge = contribution.As<BadgeSourceEntry>();
            var score = badge.Message is null ? (decimal?)null : (await data.ExecuteAsync<Score>(badge.Message, new { amount = 1m }, ct)).Result;
            badges.Add(new { module = contribution.ModuleId, badge.Badge, score });
        }
        return Results.Ok(badges);
    }

    /// <summary>This module's view of a badge contribution.</summary>
    public sealed record BadgeSourceEntry(string Badge, string? Message);

    /// <summary>The part of a scoring message's answer this module reads.</summary>
    public sealed record Score(decimal Result);
}
