namespace Platform.Modules.Pricing.Analytics;

/// <summary>Whether an elasticity could be estimated and, if not, which data condition prevented it.</summary>
internal enum ElasticityStatus
{
    Estimated,
    TooFewPoints,
    NoPriceVariation,
}

/// <summary>
/// The fit log(q) = a + e·log(p) over the demand points. The statistics are null unless
/// <see cref="Status"/> is <see cref="ElasticityStatus.Estimated"/>; <see cref="Reason"/> then says why.
/// </summary>
internal sealed record ElasticityEstimate(
    ElasticityStatus Status,
    string? Reason,
    IReadOnlyList<DemandPoint> Points,
    int DroppedObservations,
    double ConfidenceLevel,
    double? Elasticity = null,
    double? Intercept = null,
    double? StandardError = null,
    double? ConfidenceLow = null,
    double? ConfidenceHigh = null,
    double? RSquared = null,
    ElasticityClass? Class = null)
{
    public int PointCount => Points.Count;
}
