namespace Platform.Modules.Pricing.Analytics;

/// <summary>
/// Which price to report when two curves meet more than once (pricesensitivitymeter's <c>intersection_method</c>;
/// <see cref="Min"/> is its default). Under <see cref="PsmDefinition.Classic"/> the candidates are the grid prices
/// that carry the same pair of shares as the first meeting; under <see cref="PsmDefinition.Release131"/> they are
/// all sign changes, and <see cref="Median"/> falls back to the minimum as that release does.
/// </summary>
internal enum IntersectionMethod
{
    Min,
    Max,
    Mean,
    Median,
}
