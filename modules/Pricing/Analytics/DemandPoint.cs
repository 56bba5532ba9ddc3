namespace Platform.Modules.Pricing.Analytics;

/// <summary>The quantity demanded at one price in one period: a point of the demand curve fitted.</summary>
internal sealed record DemandPoint(decimal Price, decimal Quantity, string? Period);
