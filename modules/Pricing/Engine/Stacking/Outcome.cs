namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>The priced cart under one alternative.</summary>
internal sealed class Outcome(Alternative alternative, decimal[] amounts, List<Application> applications, CandidateResult[] results)
{
    public Alternative Alternative { get; } = alternative;

    /// <summary>Net amount per line.</summary>
    public decimal[] Amounts { get; } = amounts;

    public decimal Total { get; } = amounts.Sum();

    public List<Application> Applications { get; } = applications;

    public CandidateResult[] Results { get; } = results;
}
