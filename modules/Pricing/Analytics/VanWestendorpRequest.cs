namespace Platform.Modules.Pricing.Analytics;

/// <summary>Survey responses for one product and how to resolve tied intersections.</summary>
internal sealed record VanWestendorpRequest(IReadOnlyList<PriceSensitivityResponse> Responses, IntersectionMethod IntersectionMethod = IntersectionMethod.Min);
