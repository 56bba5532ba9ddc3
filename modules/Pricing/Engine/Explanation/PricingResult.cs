using System.Text.Json.Serialization;

namespace Platform.Modules.Pricing.Engine.Explanation;

/// <summary>A priced cart with its full explanation.</summary>
/// <param name="Currency">Currency of every amount.</param>
/// <param name="Lines">Cart lines in the caller's order, then gift lines.</param>
/// <param name="Applied">Promotions that applied.</param>
/// <param name="NotApplied">Promotions considered that did not apply, with reasons.</param>
/// <param name="Totals">Order totals.</param>
/// <param name="IsComplete">False when a line has no price (its source is <c>Unpriced</c>).</param>
public sealed record PricingResult(
    string Currency,
    IReadOnlyList<LinePricing> Lines,
    IReadOnlyList<AppliedPromotion> Applied,
    IReadOnlyList<NotAppliedPromotion> NotApplied,
    PricingTotals Totals,
    bool IsComplete)
{
    /// <summary>
    /// Null when the best deal was found exactly (the normal case). Otherwise says which part of the search was
    /// greedy because a <see cref="Stacking.PricingPolicy"/> bound was exceeded (ADR 0010).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SearchNote { get; init; }
}
