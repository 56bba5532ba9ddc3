namespace Platform.Modules.Pricing.Analytics;

internal enum VanWestendorpStatus
{
    Analysed,
    NoConsistentResponses,
}

/// <summary>
/// The shares of consistent respondents at one grid price: too cheap and cheap count those whose answer
/// lies above the price ("reversed"), expensive and too expensive those whose answer lies at or below it.
/// Not cheap is 1 − <see cref="Cheap"/>, not expensive 1 − <see cref="Expensive"/>.
/// </summary>
internal sealed record PriceSensitivityPoint(decimal Price, double TooCheap, double Cheap, double Expensive, double TooExpensive);

/// <summary>The acceptable price range, from the point of marginal cheapness to that of marginal expensiveness.</summary>
internal sealed record PriceRange(decimal Low, decimal High);

/// <summary>
/// The four price points (null unless <see cref="Status"/> is <see cref="VanWestendorpStatus.Analysed"/>),
/// the respondent counts and the curves for a chart.
/// </summary>
internal sealed record VanWestendorpResult(
    VanWestendorpStatus Status,
    string? Reason,
    PsmDefinition Definition,
    int TotalResponses,
    int RespondentsUsed,
    int DroppedInconsistent,
    IReadOnlyList<PriceSensitivityPoint> Curves,
    decimal? PointOfMarginalCheapness = null,
    decimal? PointOfMarginalExpensiveness = null,
    decimal? OptimalPricePoint = null,
    decimal? IndifferencePricePoint = null)
{
    public PriceRange? AcceptableRange =>
        PointOfMarginalCheapness is { } low && PointOfMarginalExpensiveness is { } high ? new(low, high) : null;
}
