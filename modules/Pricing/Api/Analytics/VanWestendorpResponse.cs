using Platform.Modules.Pricing.Analytics;

namespace Platform.Modules.Pricing.Api.Analytics;

/// <summary>The Van Westendorp price points of a survey's responses (optionally of one product), its counts and curves.</summary>
internal sealed record VanWestendorpResponse(
    string Survey,
    Guid? ProductId,
    IntersectionMethod Method,
    PsmDefinition Definition,
    VanWestendorpStatus Status,
    string? Reason,
    decimal? PointOfMarginalCheapness,
    decimal? PointOfMarginalExpensiveness,
    decimal? OptimalPricePoint,
    decimal? IndifferencePricePoint,
    PriceRange? AcceptableRange,
    int TotalResponses,
    int RespondentsUsed,
    int DroppedInconsistent,
    IReadOnlyList<PriceSensitivityPoint> Curves)
{
    public static VanWestendorpResponse From(string survey, Guid? productId, IntersectionMethod method, VanWestendorpResult r) => new(
        survey, productId, method, r.Definition, r.Status, r.Reason,
        r.PointOfMarginalCheapness, r.PointOfMarginalExpensiveness, r.OptimalPricePoint, r.IndifferencePricePoint, r.AcceptableRange,
        r.TotalResponses, r.RespondentsUsed, r.DroppedInconsistent, r.Curves);
}
