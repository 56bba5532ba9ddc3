using Platform.Modules.Pricing.Engine.Explanation;

namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>What happened to one candidate in one evaluated alternative.</summary>
internal struct CandidateResult
{
    public bool Applied;

    public decimal Amount;

    /// <summary>The first reason it did not apply (kept even when it applied elsewhere, for partial results).</summary>
    public NotAppliedReason? Reason;

    public decimal? MissingAmount;

    public int? MissingQuantity;

    /// <summary>Candidate index of the promotion that excluded or beat it, or −1.</summary>
    public int By;

    /// <summary>The benefit it applied with (flash units, deposits, gift).</summary>
    public Benefit? Benefit;
}
