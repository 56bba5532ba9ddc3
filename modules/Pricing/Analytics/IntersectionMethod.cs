namespace Platform.Modules.Pricing.Analytics;

/// <summary>
/// Which price to report when two curves meet on several grid prices with the same shares
/// (pricesensitivitymeter's <c>intersection_method</c>; <see cref="Min"/> is its default).
/// </summary>
internal enum IntersectionMethod
{
    Min,
    Max,
    Mean,
    Median,
}
