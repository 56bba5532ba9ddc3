using Platform.Modules.Pricing.Engine.Explanation;

namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>What one promotion is worth on some lines, or why it is worth nothing. Amounts in minor units.</summary>
internal sealed class Benefit
{
    public Benefit(int lineCount) => PerLine = new long[lineCount];

    /// <summary>Discount per cart line; zero outside the lines computed.</summary>
    public long[] PerLine { get; }

    public long Total { get; set; }

    public NotAppliedReason? Reason { get; set; }

    /// <summary>Missing eligible spend, in minor units.</summary>
    public long? MissingUnits { get; set; }

    public int? MissingQuantity { get; set; }

    /// <summary>Flash sale: units granted the flash price, units eligible, and what bounded the grant.</summary>
    public int FlashUnits { get; set; }

    public int FlashEligibleUnits { get; set; }

    public string? FlashBound { get; set; }

    /// <summary>Presale: deposit paid and the value it is credited with, in minor units.</summary>
    public long Deposit { get; set; }

    public long Credited { get; set; }

    /// <summary>Gift: the threshold was met, a gift line is due.</summary>
    public bool GiftDue { get; set; }

    /// <summary>Clears it for the next computation (one instance per quote is reused: computing allocates nothing).</summary>
    public Benefit Reset()
    {
        Array.Clear(PerLine);
        Total = 0;
        Reason = null;
        MissingUnits = null;
        MissingQuantity = null;
        FlashUnits = 0;
        FlashEligibleUnits = 0;
        FlashBound = null;
        Deposit = 0;
        Credited = 0;
        GiftDue = false;
        return this;
    }

    public Benefit Fail(NotAppliedReason reason, long? missingUnits = null, int? missingQuantity = null)
    {
        Reason = reason;
        MissingUnits = missingUnits;
        MissingQuantity = missingQuantity;
        return this;
    }
}
