using Microsoft.AspNetCore.Http;
using Platform.Modules.Pricing.Analytics;
using Platform.Sdk.Http;

namespace Platform.Modules.Pricing.Api.Analytics;

/// <summary>
/// <c>POST /api/pricing/analytics/what-if</c> with a <see cref="WhatIfInput"/>: revenue and quantity after a price change
/// (see <see cref="WhatIfResponse.Rule"/>); e.g. elasticity −2 and +10 % give −20 % quantity and −12 % revenue.
/// </summary>
internal static class WhatIfEndpoint
{
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal) { ["priceChangeRate"] = "priceChangePercent" };

    public static async Task<IResult> HandleAsync(HttpRequest request, CancellationToken ct)
    {
        var (input, _, problem) = await EntityEndpoints.ReadInputAsync<WhatIfInput>(request, partial: false, ct);
        if (problem is not null)
        {
            return problem;
        }
        var percent = input!.PriceChangePercent!.Value;
        var scenario = new PriceChangeScenario(input.Elasticity!.Value, input.CurrentPrice!.Value, input.CurrentQuantity!.Value, percent / 100);
        var errors = AnalysisRequestValidator.Validate(scenario);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors.Select(e => e with { Field = Renamed.GetValueOrDefault(e.Field, e.Field) }).ToProblemErrors());
        }
        return Results.Ok(WhatIfResponse.From(percent, PriceChangeWhatIf.Simulate(scenario)));
    }
}
