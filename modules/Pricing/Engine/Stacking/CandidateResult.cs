using Platform.Modules.Pricing.Engine.Explanation;

namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>What happened to one candidate in one evaluated alternative.</summary>
internal struct CandidateResult
{
    public bool Applied;

    /// <summary>Total discount, in minor units.</summary>
    public long Amount;

    /// <summary>The first reason it did not apply (kept even when it applied elsewhere, for partial results).</summary>
    public NotAppliedReason? Reason;

    /// <summary>Missing eligible spend, in minor units.</summary>
    public long? MissingUnits;

    public int? MissingQuantity;

    /// <summary>Candidate index of the promotion that excluded or beat it, or −1.</summary>
    public int By;

    /// <summary>Flash sale: units granted, units eligible, what bounded the grant.</summary>
    public int FlashUnits;

    public int FlashEligibleUnits;

    public string? FlashBound;

    /// <summary>Presale: deposit and credited value.</summary>
    public long Deposit;

    public long Credited;

    /// <summary>Gift: a gift line is due.</summary>
    public bool GiftDue;

    public void Keep(Benefit benefit)
    {
        FlashUnits = benefit.FlashUnits;
        FlashEligibleUnits = benefit.FlashEligibleUnits;
        FlashBound = benefit.FlashBound;
        Deposit = benefit.Deposit;
        Credited = benefit.Credited;
        GiftDue = benefit.GiftDue;
    }
}
