using MathNet.Numerics.Distributions;

namespace Platform.Modules.Pricing.Analytics;

/// <summary>
/// Price elasticity of demand from order history: ordinary least squares of log(quantity) on log(price)
/// over the demand points (see <see cref="DemandPoints"/>). The slope is the elasticity, constant along a
/// curve q = A·p^e; its interval uses Student's t with n − 2 degrees of freedom.
/// </summary>
internal static class ElasticityEstimator
{
    public const int MinimumPoints = 3;

    public static ElasticityEstimate Estimate(ElasticityRequest request)
    {
        AnalysisRequestValidator.ThrowIfInvalid(AnalysisRequestValidator.Validate(request), nameof(request));
        var (points, dropped) = DemandPoints.Aggregate(request.Observations);
        var level = request.ConfidenceLevel;
        if (points.Count < MinimumPoints)
        {
            return new(ElasticityStatus.TooFewPoints,
                $"{points.Count} demand point(s) with a positive price and quantity; at least {MinimumPoints} are needed.",
                points, dropped, level);
        }
        if (points.Select(p => p.Price).Distinct().Count() < 2)
        {
            return new(ElasticityStatus.NoPriceVariation,
                "Every demand point has the same price, so demand cannot be related to price.",
                points, dropped, level);
        }

        var x = points.Select(p => Math.Log((double)p.Price)).ToArray();
        var y = points.Select(p => Math.Log((double)p.Quantity)).ToArray();
        var fit = LeastSquaresLine.Fit(x, y);
        var degreesOfFreedom = points.Count - 2;
        var t = StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - (1 - level) / 2);
        var standardError = Math.Sqrt(fit.ResidualSumOfSquares / degreesOfFreedom / fit.SumOfSquaresX);
        return new(ElasticityStatus.Estimated, null, points, dropped, level,
            Elasticity: fit.Slope,
            Intercept: fit.Intercept,
            StandardError: standardError,
            ConfidenceLow: fit.Slope - t * standardError,
            ConfidenceHigh: fit.Slope + t * standardError,
            RSquared: fit.RSquared,
            Class: ElasticityClassifier.Classify(fit.Slope));
    }
}
