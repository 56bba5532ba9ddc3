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
    bool IsComplete);
