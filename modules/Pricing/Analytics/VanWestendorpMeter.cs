namespace Platform.Modules.Pricing.Analytics;

/// <summary>
/// Van Westendorp price sensitivity meter as the R package pricesensitivitymeter (Max Alletsee, CRAN) defines it in
/// <c>psm_analysis</c> with its defaults. Definitions from its manual page psm_analysis.Rd ("Details", "Value",
/// arguments validate, interpolate, intersection_method, acceptable_range) and its NEWS:
/// <list type="bullet">
/// <item>validate = TRUE: only respondents with too cheap &lt; cheap &lt; expensive &lt; too expensive (strictly) are
/// used; the others are dropped and counted (invalid_cases).</item>
/// <item>Price grid: the sorted distinct prices among all four answers of the respondents used (interpolate = FALSE).</item>
/// <item>Curves: empirical cumulative distributions F(p) = share of answers ≤ p; by convention "too cheap" and
/// "cheap" are reversed (1 − F), "expensive" and "too expensive" are not; "not cheap" = 1 − cheap and
/// "not expensive" = 1 − expensive.</item>
/// <item>Point of marginal cheapness: "too cheap" meets "not cheap"; point of marginal expensiveness: "too expensive"
/// meets "not expensive" (acceptable_range = "original"); indifference price point: "cheap" meets "expensive";
/// optimal price point: "too cheap" meets "too expensive".</item>
/// <item>Where two curves meet, and how intersection_method (default "min") chooses among several meetings,
/// depends on the release: see <see cref="PsmDefinition"/>.</item>
/// </list>
/// Curves are kept as counts of respondents, so equal shares compare equal without rounding.
/// </summary>
internal static class VanWestendorpMeter
{
    public static VanWestendorpResult Analyze(VanWestendorpRequest request)
    {
        AnalysisRequestValidator.ThrowIfInvalid(AnalysisRequestValidator.Validate(request), nameof(request));
        var used = request.Responses.Where(r => r.IsConsistent).ToList();
        var total = request.Responses.Count;
        var dropped = total - used.Count;
        if (used.Count == 0)
        {
            return new(VanWestendorpStatus.NoConsistentResponses,
                "No respondent answered too cheap < cheap < expensive < too expensive.",
                request.Definition, total, 0, dropped, []);
        }

        var definition = request.Definition;
        var curves = CumulativeCounts.Of(used, clampToAnswerRange: definition == PsmDefinition.Release131);
        Func<int[], int[], decimal?> meet = definition == PsmDefinition.Release131
            ? (first, second) => InterpolatedIntersection.Find(curves.Grid, first, second, request.IntersectionMethod)
            : (first, second) => GridIntersection.Find(curves.Grid, first, second, request.IntersectionMethod);
        return new(VanWestendorpStatus.Analysed, null, definition, total, used.Count, dropped, curves.ToPoints(),
            PointOfMarginalCheapness: meet(curves.NotCheap, curves.TooCheap),
            PointOfMarginalExpensiveness: meet(curves.TooExpensive, curves.NotExpensive),
            OptimalPricePoint: meet(curves.TooExpensive, curves.TooCheap),
            IndifferencePricePoint: meet(curves.Expensive, curves.Cheap));
    }
}
