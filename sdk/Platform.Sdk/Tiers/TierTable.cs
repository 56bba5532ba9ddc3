namespace Platform.Sdk.Tiers;

/// <summary>
/// A table of contiguous, ascending <see cref="Tier"/> bands evaluated in one <see cref="TierMode"/>, with an
/// optional gate (below it nothing is paid) and caps. A plain record that serializes as configuration;
/// <see cref="Validate"/> lists what is wrong with it and <see cref="Evaluate"/> refuses an invalid table.
/// Amounts are <see cref="decimal"/>; the table is currency-agnostic (round with <see cref="TierEvaluationOptions.Rounding"/>).
/// </summary>
public sealed record TierTable
{
    /// <summary>How the measure is priced.</summary>
    public TierMode Mode { get; init; }

    /// <summary>The bands, ascending and contiguous (each band's <see cref="Tier.To"/> is the next band's <see cref="Tier.From"/>).</summary>
    public IReadOnlyList<Tier> Tiers { get; init; } = [];

    /// <summary>A measure below the gate pays nothing at all; at the gate or above, the table applies as configured (80% attainment: 0.8 with the quota as bound scale).</summary>
    public decimal? Gate { get; init; }

    /// <summary>Most the table pays in total.</summary>
    public decimal? Cap { get; init; }

    /// <summary>Most the table pays as a share of the measure (a rate cap: 0.10 pays at most 10% of it).</summary>
    public decimal? MaxEffectiveRate { get; init; }

    /// <summary>Every problem of the table (gaps, overlaps, unordered bands, a band paying nothing or two things); empty when valid.</summary>
    public IReadOnlyList<TierTableError> Validate() => TierTableValidator.Validate(this);

    /// <summary>Throws <see cref="InvalidTierTableException"/> when <see cref="Validate"/> finds a problem.</summary>
    public void EnsureValid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new InvalidTierTableException(errors);
        }
    }

    /// <summary>Prices <paramref name="measure"/> (a revenue, a volume, a quantity) and explains the result.</summary>
    /// <exception cref="InvalidTierTableException">The table or the options are not valid.</exception>
    public TierResult Evaluate(decimal measure, TierEvaluationOptions? options = null)
    {
        EnsureValid();
        options ??= TierEvaluationOptions.None;
        if (options.BoundScale <= 0)
        {
            throw new InvalidTierTableException([new TierTableError(nameof(TierEvaluationOptions.BoundScale), "The bound scale must be above zero.")]);
        }
        if (options.Cap < 0)
        {
            throw new InvalidTierTableException([new TierTableError(nameof(TierEvaluationOptions.Cap), "A cap cannot be negative.")]);
        }
        return TierEvaluator.Evaluate(this, measure, options);
    }
}
