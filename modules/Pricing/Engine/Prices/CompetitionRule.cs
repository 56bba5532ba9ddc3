namespace Platform.Modules.Pricing.Engine.Prices;

/// <summary>A competition-based price: position relative to the aggregated competitor price.</summary>
/// <param name="Position">Above, at or below the reference.</param>
/// <param name="Aggregate">How several competitor prices become one reference.</param>
/// <param name="AdjustmentAmount">Distance as an amount (exclusive with <paramref name="AdjustmentPercent"/>).</param>
/// <param name="AdjustmentPercent">Distance as a percentage of the reference (e.g. 5 = 5%).</param>
public sealed record CompetitionRule(CompetitorPosition Position, CompetitorAggregate Aggregate, decimal? AdjustmentAmount = null, decimal? AdjustmentPercent = null);
