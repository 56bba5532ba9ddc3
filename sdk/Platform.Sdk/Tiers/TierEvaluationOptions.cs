using Platform.Sdk.Monetary;

namespace Platform.Sdk.Tiers;

/// <summary>What one evaluation of a <see cref="TierTable"/> adds to the table's own configuration.</summary>
public sealed record TierEvaluationOptions
{
    /// <summary>No scale, no extra cap, nothing paid before, no rounding.</summary>
    public static TierEvaluationOptions None { get; } = new();

    /// <summary>
    /// Multiplies every bound and the gate before they are compared with the measure: a table in quota
    /// attainment (1.0 = 100%) evaluated with the quota as scale and the revenue as measure prices revenue
    /// slices exactly (quota 500,000: the 100% bound is revenue 500,000). Default 1.
    /// </summary>
    public decimal BoundScale { get; init; } = 1m;

    /// <summary>A cap for this evaluation (e.g. 200% of the person's target incentive), besides the table's <see cref="TierTable.Cap"/>; the lower wins.</summary>
    public decimal? Cap { get; init; }

    /// <summary>Already paid for the same measure (year-to-date true-up): <see cref="TierResult.Due"/> is the total less this.</summary>
    public decimal AlreadyPaid { get; init; }

    /// <summary>When set, each slice's amount is rounded by it before minimums, maximums and caps apply, so the slices sum exactly to the total.</summary>
    public MoneyRounding? Rounding { get; init; }
}
