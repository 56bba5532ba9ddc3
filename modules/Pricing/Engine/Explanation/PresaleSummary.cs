namespace Platform.Modules.Pricing.Engine.Explanation;

/// <summary>Presale figures of the quote: deposit paid, what it is worth, and what is left to pay.</summary>
/// <param name="Deposit">Deposits paid (D × units).</param>
/// <param name="CreditedValue">What they count for (k × D × units).</param>
/// <param name="BalanceDue">Order total minus the deposits paid (never below zero).</param>
public sealed record PresaleSummary(decimal Deposit, decimal CreditedValue, decimal BalanceDue);
