using System.Globalization;

namespace Platform.Sdk.Tiers;

/// <summary>
/// The outcome of <see cref="TierTable.Evaluate"/>, complete enough for a person to check it: whether the
/// gate passed, the tier reached, every slice with its rule and amount, what a cap clipped, the total and
/// what is still due after earlier payments.
/// </summary>
public sealed record TierResult
{
    /// <summary>The measure evaluated.</summary>
    public decimal Measure { get; init; }

    /// <summary>The table's mode.</summary>
    public TierMode Mode { get; init; }

    /// <summary>False when the measure was below the gate (then nothing is paid and there are no slices).</summary>
    public bool GatePassed { get; init; } = true;

    /// <summary>The gate in measure units (after the bound scale), when the table has one.</summary>
    public decimal? Gate { get; init; }

    /// <summary>Index of the tier the measure reached; null when below the first tier or the gate.</summary>
    public int? ReachedTier { get; init; }

    /// <summary>The slices priced, lowest first (one in <see cref="TierMode.WholeAmount"/>).</summary>
    public IReadOnlyList<TierSlice> Slices { get; init; } = [];

    /// <summary>Sum of the slices' amounts, before caps.</summary>
    public decimal Subtotal { get; init; }

    /// <summary>The cap that bound the total (the lowest of the table's cap, the evaluation's cap and the rate cap), when one did.</summary>
    public decimal? AppliedCap { get; init; }

    /// <summary>What the cap took off the subtotal (0 when none bound).</summary>
    public decimal ClippedByCap { get; init; }

    /// <summary>What the table pays for the measure.</summary>
    public decimal Total { get; init; }

    /// <summary>Paid before for the same measure (from the evaluation options).</summary>
    public decimal AlreadyPaid { get; init; }

    /// <summary>The total less what was already paid: the year-to-date true-up (negative: overpaid).</summary>
    public decimal Due => Total - AlreadyPaid;

    /// <summary>The calculation in lines a person can read and check (numbers without trailing zeros).</summary>
    public IReadOnlyList<string> Explain()
    {
        var lines = new List<string> { $"Measure {N(Measure)}, mode {Mode}." };
        if (!GatePassed)
        {
            lines.Add($"Below the gate of {N(Gate ?? 0m)}: nothing is paid.");
            return lines;
        }
        if (ReachedTier is null)
        {
            lines.Add("Below the first tier: nothing is paid.");
        }
        foreach (var s in Slices)
        {
            var rule = s.Rate is { } rate ? $"{N(s.Quantity)} × {N(rate * 100m)}%"
                : s.UnitPrice is { } price ? $"{N(s.Quantity)} × {N(price)} per unit"
                : $"fixed {N(s.FixedAmount ?? 0m)}";
            var clip = s.Clip switch
            {
                SliceClip.RaisedToMinimum => $", raised from {N(s.Calculated)} to the tier's minimum",
                SliceClip.CutToMaximum => $", cut from {N(s.Calculated)} to the tier's maximum",
                _ => "",
            };
            var retro = s.Retroactive ? ", re-priced retroactively" : "";
            var name = s.TierName is null ? "" : $" {s.TierName}";
            lines.Add($"Tier {s.TierIndex}{name} [{N(s.From)}, {N(s.To)}]: {rule} = {N(s.Amount)}{clip}{retro}");
        }
        if (AppliedCap is { } cap)
        {
            lines.Add($"Capped at {N(cap)}: {N(ClippedByCap)} of {N(Subtotal)} not paid.");
        }
        lines.Add($"Total {N(Total)}");
        if (AlreadyPaid != 0)
        {
            lines.Add($"Already paid {N(AlreadyPaid)}: due {N(Due)}");
        }
        return lines;
    }

    private static string N(decimal value) => value.ToString("G29", CultureInfo.InvariantCulture);
}
