using Platform.Modules.Pricing.Engine.Explanation;

namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>What one promotion is worth on some lines, or why it is worth nothing.</summary>
internal sealed class Benefit
{
    public Benefit(int lineCount) => PerLine = new decimal[lineCount];

    /// <summary>Discount per cart line (on the currency grid); zero outside the lines computed.</summary>
    public decimal[] PerLine { get; }

    public decimal Total { get; set; }

    public NotAppliedReason? Reason { get; set; }

    public decimal? MissingAmount { get; set; }

    public int? MissingQuantity { get; set; }

    /// <summary>Flash sale: units granted the flash price, units eligible, and what bounded the grant.</summary>
    public int FlashUnits { get; set; }

    public int FlashEligibleUnits { get; set; }

    public string? FlashBound { get; set; }

    /// <summary>Presale: deposit paid and the value it is credited with.</summary>
    public decimal Deposit { get; set; }

    public decimal Credited { get; set; }

    /// <summary>Gift: the threshold was met, a gift line is due.</summary>
    public bool GiftDue { get; set; }

    /// <summary>Clears it for the next computation (one instance per quote is reused: computing allocates nothing).</summary>
    public Benefit Reset()
    {
        Array.Clear(PerLine);
        Total = 0m;
        Reason = null;
        MissingAmount = null;
        MissingQuantity = null;
        FlashUnits = 0;
        FlashEligibleUnits = 0;
        FlashBound = null;
        Deposit = 0m;
        Credited = 0m;
        GiftDue = false;
        return this;
    }

    public Benefit Fail(NotAppliedReason reason, decimal? missingAmount = null, int? missingQuantity = null)
    {
        Reason = reason;
        MissingAmount = missingAmount;
        MissingQuantity = missingQuantity;
        return this;
    }
}
