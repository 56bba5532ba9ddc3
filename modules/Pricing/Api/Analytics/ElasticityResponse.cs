using Platform.Modules.Pricing.Analytics;
using Platform.Modules.Pricing.Analytics.Sources;

namespace Platform.Modules.Pricing.Api.Analytics;

/// <summary>A product's elasticity over a window: what was measured (<see cref="Definition"/>) and the estimate.</summary>
internal sealed record ElasticityResponse(
    Guid ProductId, DateTimeOffset From, DateTimeOffset To, DemandPeriod Period, string? Currency, string Definition, ElasticityEstimate Estimate)
{
    public const string Rule =
        "Sold lines (orders Confirmed or Completed, placed from 'from' inclusive to 'to' exclusive) of the product, grouped per period in China time (UTC+8; ISO weeks from Monday, or calendar months). " +
        "Each period is one demand point: average net unit price weighted by quantity, and total quantity. " +
        "The elasticity is the slope of the least-squares fit log(quantity) = a + e·log(price), with a Student-t interval.";
}
