namespace Platform.Modules.Pricing.Analytics;

/// <summary>Survey responses for one product, how to resolve several intersections, and which package release to reproduce.</summary>
internal sealed record VanWestendorpRequest(
    IReadOnlyList<PriceSensitivityResponse> Responses,
    IntersectionMethod IntersectionMethod = IntersectionMethod.Min,
    PsmDefinition Definition = PsmDefinition.Classic);
