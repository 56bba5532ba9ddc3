namespace Platform.Modules.Pricing.Analytics;

/// <summary>
/// Van Westendorp price sensitivity meter, following the definitions of the R package pricesensitivitymeter
/// (Max Alletsee, CRAN, function <c>psm_analysis</c>; its manual page psm_analysis.Rd, "Details" and "Value",
/// and the intersection rule of its internal <c>identify_intersection</c> as shipped from v1.0.0):
/// <list type="bullet">
/// <item>validate = TRUE (default): only respondents with too cheap &lt; cheap &lt; expensive &lt; too expensive
/// (strictly) are used; the others are dropped and counted as invalid cases.</item>
/// <item>Price grid: the sorted distinct prices of all four answers of the respondents used (no interpolation,
/// the default).</item>
/// <item>Curves: empirical cumulative distributions F(p) = share of answers ≤ p; "too cheap" and "cheap" are
/// reversed (1 − F), "expensive" and "too expensive" are not; "not cheap" = 1 − cheap, "not expensive" = 1 − expensive.</item>
/// <item>Point of marginal cheapness: "too cheap" meets "not cheap"; point of marginal expensiveness: "too expensive"
/// meets "not expensive" (the "original" acceptable range, the default); indifference price point: "cheap" meets
/// "expensive"; optimal price point: "too cheap" meets "too expensive".</item>
/// <item>Where two curves meet: the first grid price at which the first-named curve of the pair (not cheap, too
/// expensive, expensive, too expensive respectively) is at least the second; if other grid prices have exactly the
/// same pair of shares, the method (default min) picks among them.</item>
/// </list>
/// Shares are compared as exact counts over the number of respondents, so ties are not lost to rounding.
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
                total, 0, dropped, []);
        }

        var curves = CumulativeCounts.Of(used);
        var method = request.IntersectionMethod;
        var n = used.Count;
        return new(VanWestendorpStatus.Analysed, null, total, n, dropped, curves.ToPoints(),
            PointOfMarginalCheapness: curves.Intersection(curves.NotCheap, curves.TooCheap, method),
            PointOfMarginalExpensiveness: curves.Intersection(curves.TooExpensive, curves.NotExpensive, method),
            OptimalPricePoint: curves.Intersection(curves.TooExpensive, curves.TooCheap, method),
            IndifferencePricePoint: curves.Intersection(curves.Expensive, curves.Cheap, method));
    }
}
