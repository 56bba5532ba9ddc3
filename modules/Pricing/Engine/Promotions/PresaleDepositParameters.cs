namespace Platform.Modules.Pricing.Engine.Promotions;

/// <summary>定金膨胀: a deposit per unit that counts as <see cref="Multiplier"/> × deposit at final payment.</summary>
/// <param name="DepositPerUnit">D, paid in advance.</param>
/// <param name="Multiplier">k ≥ 1: the deposit is worth k × D.</param>
public sealed record PresaleDepositParameters(decimal DepositPerUnit, decimal Multiplier);
