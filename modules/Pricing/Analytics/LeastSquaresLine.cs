namespace Platform.Modules.Pricing.Analytics;

/// <summary>Ordinary least squares of y = intercept + slope·x on centred sums (x must vary).</summary>
internal sealed record LeastSquaresLine(double Intercept, double Slope, double ResidualSumOfSquares, double SumOfSquaresX, double RSquared)
{
    public static LeastSquaresLine Fit(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var meanX = x.Average();
        var meanY = y.Average();
        double sxx = 0, sxy = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            var dx = x[i] - meanX;
            var dy = y[i] - meanY;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        var slope = sxy / sxx;
        var intercept = meanY - slope * meanX;
        var residual = 0.0;
        for (var i = 0; i < x.Count; i++)
        {
            var r = y[i] - intercept - slope * x[i];
            residual += r * r;
        }
        // With no variation in y the line fits perfectly (slope 0); R² is then taken as 1 rather than 0/0.
        var rSquared = syy == 0 ? 1 : 1 - residual / syy;
        return new(intercept, slope, residual, sxx, rSquared);
    }
}
