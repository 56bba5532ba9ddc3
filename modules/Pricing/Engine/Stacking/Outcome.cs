namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>The priced cart under one alternative.</summary>
internal sealed class Outcome(Alternative alternative, long[] amounts, List<Application> applications, CandidateResult[] results)
{
    public Alternative Alternative { get; } = alternative;

    /// <summary>Net amount per line, in minor units.</summary>
    public long[] Amounts { get; } = amounts;

    public long Total { get; } = amounts.Sum();

    public List<Application> Applications { get; } = applications;

    public CandidateResult[] Results { get; } = results;
}
