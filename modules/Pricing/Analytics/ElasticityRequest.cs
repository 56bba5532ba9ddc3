namespace Platform.Modules.Pricing.Analytics;

/// <summary>Order history of one product and the confidence level of the elasticity's interval (default 95 %).</summary>
internal sealed record ElasticityRequest(IReadOnlyList<PriceObservation> Observations, double ConfidenceLevel = ElasticityRequest.DefaultConfidenceLevel)
{
    public const double DefaultConfidenceLevel = 0.95;
}
