namespace Platform.Modules.Pricing.Engine.Promotions;

/// <summary>Member price: exactly one of a member unit price or a percent off, for the listed member tiers.</summary>
/// <param name="MemberTiers">Tiers entitled (at least one).</param>
/// <param name="MemberUnitPrice">Unit price for members.</param>
/// <param name="PercentOff">Percent off for members.</param>
public sealed record MemberPriceParameters(IReadOnlyList<string> MemberTiers, decimal? MemberUnitPrice = null, decimal? PercentOff = null);
