namespace Platform.Sdk.Tiers;

/// <summary>The arithmetic of <see cref="TierTable.Evaluate"/> on a validated table.</summary>
internal static class TierEvaluator
{
    public static TierResult Evaluate(TierTable table, decimal measure, TierEvaluationOptions options)
    {
        var scale = options.BoundScale;
        var tiers = table.Tiers;
        var gate = table.Gate * scale;
        if (measure < gate)
        {
            return new TierResult { Measure = measure, Mode = table.Mode, GatePassed = false, Gate = gate, AlreadyPaid = options.AlreadyPaid };
        }
        var reached = Reached(tiers, measure, scale);
        var slices = reached is { } top ? Slices(table, tiers, top, measure, options) : [];
        var subtotal = slices.Sum(s => s.Amount);
        var cap = Cap(table, options, measure);
        var total = cap is { } c && subtotal > c ? c : subtotal;
        return new TierResult
        {
            Measure = measure,
            Mode = table.Mode,
            Gate = gate,
            ReachedTier = reached,
            Slices = slices,
            Subtotal = subtotal,
            AppliedCap = total < subtotal ? cap : null,
            ClippedByCap = subtotal - total,
            Total = total,
            AlreadyPaid = options.AlreadyPaid,
        };
    }

    /// <summary>The last tier the measure has entered: above its lower bound, or at it when the bound is inclusive.</summary>
    private static int? Reached(IReadOnlyList<Tier> tiers, decimal measure, decimal scale)
    {
        int? reached = null;
        for (var i = 0; i < tiers.Count; i++)
        {
            var from = tiers[i].From * scale;
            if (measure > from || (measure == from && tiers[i].FromInclusive))
            {
                reached = i;
            }
        }
        return reached;
    }

    private static List<TierSlice> Slices(TierTable table, IReadOnlyList<Tier> tiers, int top, decimal measure, TierEvaluationOptions options)
    {
        var scale = options.BoundScale;
        if (table.Mode == TierMode.WholeAmount)
        {
            // The reached tier prices the whole measure, from zero.
            return [Price(tiers[top], top, 0m, measure, false, options)];
        }
        var slices = new List<TierSlice>();
        var start = 0;
        if (table.Mode == TierMode.RetroactiveUnlock && LastUnlocking(tiers, top) is { } unlocked)
        {
            // Everything from the table's first unit to the unlocking tier's top is priced as one slice of it.
            slices.Add(Price(tiers[unlocked], unlocked, tiers[0].From * scale, Upper(tiers[unlocked], measure, scale), unlocked > 0, options));
            start = unlocked + 1;
        }
        for (var i = start; i <= top; i++)
        {
            slices.Add(Price(tiers[i], i, tiers[i].From * scale, Upper(tiers[i], measure, scale), false, options));
        }
        return slices;
    }

    private static int? LastUnlocking(IReadOnlyList<Tier> tiers, int top)
    {
        for (var i = top; i >= 0; i--)
        {
            if (tiers[i].UnlocksRetroactively)
            {
                return i;
            }
        }
        return null;
    }

    private static decimal Upper(Tier tier, decimal measure, decimal scale) => tier.To is { } to && to * scale < measure ? to * scale : measure;

    private static TierSlice Price(Tier tier, int index, decimal from, decimal to, bool retroactive, TierEvaluationOptions options)
    {
        var quantity = to - from;
        var calculated = tier.Rate is { } rate ? quantity * rate
            : tier.UnitPrice is { } price ? quantity * price
            : tier.FixedAmount!.Value;
        if (options.Rounding is { } rounding)
        {
            calculated = rounding.Round(calculated);
        }
        var (amount, clip) = calculated switch
        {
            var a when tier.MinimumPayout is { } min && a < min && quantity > 0 => (min, SliceClip.RaisedToMinimum),
            var a when tier.MaximumPayout is { } max && a > max => (max, SliceClip.CutToMaximum),
            var a => (a, SliceClip.None),
        };
        return new TierSlice(index, tier.Name, from, to, tier.Rate, tier.UnitPrice, tier.FixedAmount, calculated, amount, clip, retroactive);
    }

    private static decimal? Cap(TierTable table, TierEvaluationOptions options, decimal measure)
    {
        decimal? cap = null;
        var rateCap = table.MaxEffectiveRate * Math.Max(measure, 0m);
        if (rateCap is { } r && options.Rounding is { } rounding)
        {
            rateCap = rounding.Round(r);
        }
        foreach (var candidate in new[] { table.Cap, options.Cap, rateCap })
        {
            if (candidate is { } c && (cap is null || c < cap))
            {
                cap = c;
            }
        }
        return cap;
    }
}
