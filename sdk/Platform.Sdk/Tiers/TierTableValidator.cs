using System.Globalization;

namespace Platform.Sdk.Tiers;

/// <summary>The checks of <see cref="TierTable.Validate"/>.</summary>
internal static class TierTableValidator
{
    public static IReadOnlyList<TierTableError> Validate(TierTable table)
    {
        var errors = new List<TierTableError>();
        if (!Enum.IsDefined(table.Mode))
        {
            errors.Add(new(nameof(TierTable.Mode), $"Unknown mode {table.Mode}; expected one of {string.Join(", ", Enum.GetNames<TierMode>())}."));
        }
        var tiers = table.Tiers ?? [];
        if (tiers.Count == 0)
        {
            errors.Add(new(nameof(TierTable.Tiers), "A tier table needs at least one tier."));
        }
        for (var i = 0; i < tiers.Count; i++)
        {
            CheckTier(table.Mode, tiers, i, errors);
        }
        NotNegative(table.Cap, nameof(TierTable.Cap), errors);
        NotNegative(table.MaxEffectiveRate, nameof(TierTable.MaxEffectiveRate), errors);
        if (table.Mode == TierMode.RetroactiveUnlock && tiers.Count > 0 && !tiers.Any(t => t is { UnlocksRetroactively: true }))
        {
            errors.Add(new(nameof(TierTable.Tiers), "RetroactiveUnlock mode needs at least one tier with UnlocksRetroactively."));
        }
        return errors;
    }

    private static void CheckTier(TierMode mode, IReadOnlyList<Tier> tiers, int i, List<TierTableError> errors)
    {
        var field = $"Tiers[{i}]";
        if (tiers[i] is not { } tier)
        {
            errors.Add(new(field, "A tier is missing."));
            return;
        }
        var values = (tier.Rate is null ? 0 : 1) + (tier.UnitPrice is null ? 0 : 1) + (tier.FixedAmount is null ? 0 : 1);
        if (values != 1)
        {
            errors.Add(new(field, $"A tier pays exactly one of Rate, UnitPrice or FixedAmount; this one sets {values}."));
        }
        NotNegative(tier.Rate, $"{field}.Rate", errors);
        NotNegative(tier.UnitPrice, $"{field}.UnitPrice", errors);
        NotNegative(tier.FixedAmount, $"{field}.FixedAmount", errors);
        NotNegative(tier.MinimumPayout, $"{field}.MinimumPayout", errors);
        NotNegative(tier.MaximumPayout, $"{field}.MaximumPayout", errors);
        if (tier.MinimumPayout is { } min && tier.MaximumPayout is { } max && max < min)
        {
            errors.Add(new($"{field}.MaximumPayout", Text($"The maximum payout {max} is below the minimum payout {min}.")));
        }
        if (tier.To is { } to && to <= tier.From)
        {
            errors.Add(new($"{field}.To", Text($"The upper bound {to} must be above the lower bound {tier.From}.")));
        }
        if (mode == TierMode.PricePortion && tier.UnitPrice is null)
        {
            errors.Add(new($"{field}.UnitPrice", "PricePortion mode prices every slice by its tier's unit price; this tier has none."));
        }
        if (tier.UnlocksRetroactively && mode != TierMode.RetroactiveUnlock)
        {
            errors.Add(new($"{field}.UnlocksRetroactively", $"Only RetroactiveUnlock mode unlocks retroactively; the table's mode is {mode}."));
        }
        if (tier.UnlocksRetroactively && tier.FixedAmount is not null)
        {
            errors.Add(new($"{field}.UnlocksRetroactively", "An unlocking tier re-prices the units below it, so it needs a Rate or a UnitPrice, not a FixedAmount."));
        }
        if (i == tiers.Count - 1 || tiers[i + 1] is not { } next)
        {
            return;
        }
        if (tier.To is not { } upper)
        {
            errors.Add(new($"{field}.To", "Only the last tier may be open-ended; this one is followed by another."));
        }
        else if (next.From < tier.From)
        {
            errors.Add(new($"Tiers[{i + 1}].From", Text($"Tiers must be in ascending order: tier {i + 1} starts at {next.From}, below tier {i}'s {tier.From}.")));
        }
        else if (next.From > upper)
        {
            errors.Add(new($"Tiers[{i + 1}].From", Text($"A gap between {upper} (end of tier {i}) and {next.From} (start of tier {i + 1}): the measures between are in no tier.")));
        }
        else if (next.From < upper)
        {
            errors.Add(new($"Tiers[{i + 1}].From", Text($"Tier {i + 1} starts at {next.From}, inside tier {i} (which ends at {upper}): tiers overlap.")));
        }
    }

    private static void NotNegative(decimal? value, string field, List<TierTableError> errors)
    {
        if (value < 0)
        {
            errors.Add(new(field, Text($"{value} is negative; it must be zero or more.")));
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
