using Platform.Modules.Pricing.Engine.Explanation;

namespace Platform.Modules.Pricing.Quotes;

/// <summary>
/// A priced cart: per line the base price and its source, the discounts applied, the net amount; the
/// promotions applied and those considered but not applied (with the reason); totals; and the coupon
/// codes that could not be used, with why.
/// </summary>
internal sealed record QuoteResponse(PricingResult Pricing, IReadOnlyList<RejectedCoupon> RejectedCoupons);

/// <summary>A presented coupon code that was not used, and why.</summary>
internal sealed record RejectedCoupon(string Code, string Reason);
