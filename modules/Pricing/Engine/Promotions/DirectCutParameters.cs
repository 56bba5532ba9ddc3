namespace Platform.Modules.Pricing.Engine.Promotions;

/// <summary>直降: exactly one of percent off, amount off per unit, or a special unit price.</summary>
/// <param name="PercentOff">Percent off (0–100].</param>
/// <param name="AmountOffPerUnit">Amount off each unit.</param>
/// <param name="SpecialUnitPrice">The unit price during the promotion.</param>
public sealed record DirectCutParameters(decimal? PercentOff = null, decimal? AmountOffPerUnit = null, decimal? SpecialUnitPrice = null);
