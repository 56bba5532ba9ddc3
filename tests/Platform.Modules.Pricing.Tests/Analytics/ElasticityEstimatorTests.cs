using MathNet.Numerics;
using Platform.Modules.Pricing.Analytics;

namespace Platform.Modules.Pricing.Tests.Analytics;

public sealed class ElasticityEstimatorTests
{
    private static readonly double Ln2 = Math.Log(2);

    // t quantiles of Student's distribution with 1 degree of freedom (tables): 0.975 and 0.95.
    private const double T975With1 = 12.706204736174707;
    private const double T95With1 = 6.313751514675041;

    [Fact]
    public void Estimate_ThreePoints_MatchesOlsComputedByHand()
    {
        // log2 coordinates: x = 0, 1, 2 and y = 4, 2, 1 (times ln 2). By hand: x̄ = 1, ȳ = 7/3, Sxx = 2, Sxy = −3,
        // slope −1.5, intercept 23/6, residuals 1/6, −2/6, 1/6 → SSE = 1/6, Syy = 14/3, R² = 27/28,
        // SE = √(SSE / (n − 2) / Sxx) = √(1/12) (the ln 2 factors cancel).
        var estimate = ElasticityEstimator.Estimate(Request([(1m, 16m), (2m, 4m), (4m, 2m)]));

        Assert.Equal(ElasticityStatus.Estimated, estimate.Status);
        Assert.Equal(3, estimate.PointCount);
        Assert.Equal(-1.5, estimate.Elasticity!.Value, 12);
        Assert.Equal(23.0 / 6 * Ln2, estimate.Intercept!.Value, 12);
        Assert.Equal(Math.Sqrt(1.0 / 12), estimate.StandardError!.Value, 12);
        Assert.Equal(27.0 / 28, estimate.RSquared!.Value, 12);
        Assert.Equal(-1.5 - T975With1 * Math.Sqrt(1.0 / 12), estimate.ConfidenceLow!.Value, 9);
        Assert.Equal(-1.5 + T975With1 * Math.Sqrt(1.0 / 12), estimate.ConfidenceHigh!.Value, 9);
        Assert.Equal(ElasticityClass.Elastic, estimate.Class);
    }

    [Fact]
    public void Estimate_ConfidenceLevelIsConfigurable()
    {
        var estimate = ElasticityEstimator.Estimate(Request([(1m, 16m), (2m, 4m), (4m, 2m)], confidenceLevel: 0.90));

        Assert.Equal(0.90, estimate.ConfidenceLevel);
        Assert.Equal(-1.5 - T95With1 * Math.Sqrt(1.0 / 12), estimate.ConfidenceLow!.Value, 9);
        Assert.Equal(-1.5 + T95With1 * Math.Sqrt(1.0 / 12), estimate.ConfidenceHigh!.Value, 9);
    }

    [Fact]
    public void Estimate_SlopeOfMinusOne_IsUnitElastic()
    {
        // y = 3, 1, 1 (× ln 2) over x = 0, 1, 2: Sxy = −2 = −Sxx.
        var estimate = ElasticityEstimator.Estimate(Request([(1m, 8m), (2m, 2m), (4m, 2m)]));

        Assert.Equal(-1, estimate.Elasticity!.Value, 12);
        Assert.Equal(0.75, estimate.RSquared!.Value, 12);
        Assert.Equal(ElasticityClass.UnitElastic, estimate.Class);
    }

    [Fact]
    public void Estimate_ConstantElasticityDemandWithNoise_RecoversTheElasticity()
    {
        // q = 1000·p^−1.5 with ±5 % multiplicative noise from a seeded generator.
        var random = new Random(7);
        var observations = Enumerable.Range(0, 40)
            .Select(i =>
            {
                var price = 5m + i * 1.25m;
                var quantity = 1000 * Math.Pow((double)price, -1.5) * (1 + (random.NextDouble() - 0.5) / 10);
                return new PriceObservation(price, (decimal)quantity, $"W{i}");
            })
            .ToList();

        var estimate = ElasticityEstimator.Estimate(new ElasticityRequest(observations));

        Assert.Equal(ElasticityStatus.Estimated, estimate.Status);
        Assert.InRange(estimate.Elasticity!.Value, -1.55, -1.45);
        Assert.InRange(-1.5, estimate.ConfidenceLow!.Value, estimate.ConfidenceHigh!.Value);
        Assert.True(estimate.RSquared > 0.98, $"R² {estimate.RSquared}");
        Assert.Equal(ElasticityClass.Elastic, estimate.Class);

        // The same line by MathNet's least squares, as an independent reference.
        var (intercept, slope) = Fit.Line(
            [.. observations.Select(o => Math.Log((double)o.Price))],
            [.. observations.Select(o => Math.Log((double)o.Quantity))]);
        Assert.Equal(slope, estimate.Elasticity.Value, 10);
        Assert.Equal(intercept, estimate.Intercept!.Value, 10);
    }

    [Fact]
    public void Estimate_InelasticDemand_IsClassifiedInelastic()
    {
        var estimate = ElasticityEstimator.Estimate(Request([(1m, 100m), (2m, 71m), (4m, 50m), (8m, 35m)]));

        Assert.InRange(estimate.Elasticity!.Value, -0.6, -0.4);
        Assert.Equal(ElasticityClass.Inelastic, estimate.Class);
    }

    [Fact]
    public void Estimate_NonPositivePricesAndQuantities_AreDroppedAndCounted()
    {
        var estimate = ElasticityEstimator.Estimate(Request([(1m, 16m), (0m, 5m), (2m, 4m), (-1m, 3m), (4m, 2m), (3m, 0m), (5m, -2m)]));

        Assert.Equal(4, estimate.DroppedObservations);
        Assert.Equal(3, estimate.PointCount);
        Assert.Equal(-1.5, estimate.Elasticity!.Value, 12);
    }

    [Fact]
    public void Estimate_ObservationsOfOnePeriodAndPrice_AreSummedIntoOnePoint()
    {
        var observations = new List<PriceObservation>
        {
            new(1m, 10m, "W1"), new(1m, 6m, "W1"),
            new(2m, 4m, "W2"),
            new(4m, 2m, "W3"),
            new(4m, 3m, "W3"),
        };

        var estimate = ElasticityEstimator.Estimate(new ElasticityRequest(observations));

        Assert.Equal(3, estimate.PointCount);
        Assert.Contains(new DemandPoint(1m, 16m, "W1"), estimate.Points);
        Assert.Contains(new DemandPoint(4m, 5m, "W3"), estimate.Points);
    }

    [Fact]
    public void Estimate_ObservationsWithoutPeriod_AreEachAPoint()
    {
        var estimate = ElasticityEstimator.Estimate(Request([(1m, 16m), (1m, 14m), (2m, 4m)]));

        Assert.Equal(3, estimate.PointCount);
        Assert.Equal(ElasticityStatus.Estimated, estimate.Status);
    }

    [Fact]
    public void Estimate_FewerThanThreePoints_SaysSo()
    {
        var estimate = ElasticityEstimator.Estimate(Request([(1m, 16m), (2m, 4m), (0m, 4m)]));

        Assert.Equal(ElasticityStatus.TooFewPoints, estimate.Status);
        Assert.Contains("at least 3", estimate.Reason, StringComparison.Ordinal);
        Assert.Null(estimate.Elasticity);
        Assert.Null(estimate.Class);
        Assert.Equal(1, estimate.DroppedObservations);
    }

    [Fact]
    public void Estimate_NoObservations_SaysTooFewPoints()
    {
        var estimate = ElasticityEstimator.Estimate(new ElasticityRequest([]));

        Assert.Equal(ElasticityStatus.TooFewPoints, estimate.Status);
        Assert.Equal(0, estimate.PointCount);
    }

    [Fact]
    public void Estimate_OnePriceOnly_SaysThereIsNoPriceVariation()
    {
        var estimate = ElasticityEstimator.Estimate(Request([(9.9m, 16m), (9.9m, 4m), (9.90m, 2m)]));

        Assert.Equal(ElasticityStatus.NoPriceVariation, estimate.Status);
        Assert.NotNull(estimate.Reason);
        Assert.Null(estimate.Elasticity);
        Assert.Null(estimate.StandardError);
    }

    [Theory]
    [InlineData(-2.0, nameof(ElasticityClass.Elastic))]
    [InlineData(1.3, nameof(ElasticityClass.Elastic))]
    [InlineData(-0.5, nameof(ElasticityClass.Inelastic))]
    [InlineData(0.0, nameof(ElasticityClass.Inelastic))]
    [InlineData(-1.0, nameof(ElasticityClass.UnitElastic))]
    public void Classify_ByMagnitude(double elasticity, string expected) =>
        Assert.Equal(Enum.Parse<ElasticityClass>(expected), ElasticityClassifier.Classify(elasticity));

    private static ElasticityRequest Request(IEnumerable<(decimal Price, decimal Quantity)> points, double confidenceLevel = ElasticityRequest.DefaultConfidenceLevel) =>
        new([.. points.Select(p => new PriceObservation(p.Price, p.Quantity))], confidenceLevel);
}
