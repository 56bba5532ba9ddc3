using Platform.Modules.Pricing.Engine.Explanation;
using Platform.Modules.Pricing.Engine.Promotions;

namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>
/// Prices the cart under one <see cref="Alternative"/>: layers in order, each starting from the amounts the
/// previous left. In a layer, best-price candidates compete first (per line for line-local kinds, as a
/// whole for multi-line kinds: the largest saving claims its lines, ties by priority then id); the winners
/// and the compound candidates then apply in priority, then id order, each clamped so no line goes below zero.
/// </summary>
internal static class CartEvaluator
{
    /// <summary>A best-price contender: a candidate on some lines, with what it saves there (or why nothing).</summary>
    private readonly record struct Entry(Candidate Candidate, int[] Lines, long Saving, NotAppliedReason? Reason, long? MissingUnits, int? MissingQuantity);

    /// <summary>Evaluates <paramref name="alternative"/> into <paramref name="outcome"/> (a new one or the buffers of a discarded one).</summary>
    public static Outcome Evaluate(QuoteState q, Alternative alternative, Outcome? outcome = null)
    {
        var n = q.LineCount;
        outcome ??= new Outcome(n, q.Candidates.Length);
        outcome.Start(alternative, q.BaseAmounts);
        var results = outcome.Results;
        var owner = Owners(q, alternative);
        var amounts = outcome.Amounts;
        var applications = outcome.Applications;
        var start = new long[n];
        var effective = new List<int>(n);
        // Lines each candidate of the current layer applies to (null: it does not apply); read in the layer's order.
        var toApply = q.ToApply;
        var entries = new List<Entry>();
        for (var layer = 0; layer < QuoteState.LayerCount; layer++)
        {
            var inLayer = q.ByLayer[layer];
            if (inLayer.Length == 0)
            {
                continue;
            }
            Array.Copy(amounts, start, n);
            entries.Clear();
            foreach (var c in inLayer)
            {
                if (!TakesPart(alternative, c))
                {
                    // An exclusive of another alternative, or everything when an order-level exclusive applies.
                    Fail(ref results[c.Index], NotAppliedReason.ExcludedByExclusive, alternative.OrderExclusive?.Index ?? -1);
                    continue;
                }
                var lines = EffectiveLines(c, owner, effective, out var excludedBy);
                if (lines.Length == 0)
                {
                    Fail(ref results[c.Index], NotAppliedReason.ExcludedByExclusive, excludedBy);
                    continue;
                }
                if (c.Definition.Mode != ConcurrencyMode.BestPrice)
                {
                    toApply[c.Index] = lines;
                }
                else if (c.IsLineLocal)
                {
                    foreach (var line in lines)
                    {
                        var one = q.SingleLines[line];
                        entries.Add(ToEntry(c, one, BenefitCalculator.Compute(q, c, one, start, start)));
                    }
                }
                else
                {
                    entries.Add(ToEntry(c, lines, BenefitCalculator.Compute(q, c, lines, start, start)));
                }
            }
            if (entries.Count > 0)
            {
                ResolveBestPrice(q, entries, toApply, results);
            }
            foreach (var c in inLayer)
            {
                if (toApply[c.Index] is not { } lines)
                {
                    continue;
                }
                toApply[c.Index] = null;
                var basis = q.Compounding == CompoundingMode.Sequential ? amounts : start;
                var benefit = BenefitCalculator.Compute(q, c, lines, basis, start);
                ref var result = ref results[c.Index];
                if (benefit.Reason is { } reason)
                {
                    Fail(ref result, reason, -1, benefit.MissingUnits, benefit.MissingQuantity);
                    continue;
                }
                foreach (var line in lines)
                {
                    var discount = Math.Min(benefit.PerLine[line], amounts[line]);
                    if (discount > 0)
                    {
                        amounts[line] -= discount;
                        result.Amount += discount;
                        applications.Add(new Application(c.Index, line, discount));
                    }
                }
                result.Applied = true;
                result.Keep(benefit);
            }
        }
        outcome.Finish();
        return outcome;
    }

    private static Entry ToEntry(Candidate c, int[] lines, Benefit b) => new(c, lines, b.Total, b.Reason, b.MissingUnits, b.MissingQuantity);

    /// <summary>The candidate's lines no exclusive of this alternative holds (its own array when none is held: no copy).</summary>
    private static int[] EffectiveLines(Candidate c, int[] owner, List<int> effective, out int excludedBy)
    {
        excludedBy = -1;
        var all = true;
        foreach (var line in c.Lines)
        {
            if (owner[line] != -1 && owner[line] != c.Index)
            {
                all = false;
                excludedBy = owner[line];
                break;
            }
        }
        if (all)
        {
            return c.Lines;
        }
        effective.Clear();
        foreach (var line in c.Lines)
        {
            if (owner[line] == -1 || owner[line] == c.Index)
            {
                effective.Add(line);
            }
        }
        return effective.Count == 0 ? [] : [.. effective];
    }

    private static void ResolveBestPrice(QuoteState q, List<Entry> entries, int[]?[] toApply, CandidateResult[] results)
    {
        entries.Sort(static (a, b) =>
        {
            var bySaving = b.Saving.CompareTo(a.Saving);
            return bySaving != 0 ? bySaving : Candidate.Compare(a.Candidate, b.Candidate);
        });
        Span<int> claimedBy = q.LineCount <= 256 ? stackalloc int[q.LineCount] : new int[q.LineCount];
        claimedBy.Fill(-1);
        var won = new List<(Candidate Candidate, List<int> Lines)>();
        foreach (var (c, lines, _, reason, missingUnits, missingQuantity) in entries)
        {
            if (reason is { } why)
            {
                Fail(ref results[c.Index], why, -1, missingUnits, missingQuantity);
                continue;
            }
            var beatenBy = -1;
            foreach (var line in lines)
            {
                if (claimedBy[line] != -1 && claimedBy[line] != c.Index)
                {
                    beatenBy = claimedBy[line];
                    break;
                }
            }
            if (beatenBy != -1)
            {
                Fail(ref results[c.Index], NotAppliedReason.BeatenByBestPrice, beatenBy);
                continue;
            }
            foreach (var line in lines)
            {
                claimedBy[line] = c.Index;
            }
            var at = won.FindIndex(w => w.Candidate == c);
            if (at < 0)
            {
                won.Add((c, [.. lines]));
            }
            else
            {
                won[at].Lines.AddRange(lines);
            }
        }
        foreach (var (c, lines) in won)
        {
            lines.Sort();
            toApply[c.Index] = [.. lines];
        }
    }

    private static bool TakesPart(Alternative alternative, Candidate c) =>
        alternative.OrderExclusive is { } order ? order == c : !c.IsExclusive || alternative.Includes(c);

    private static int[] Owners(QuoteState q, Alternative alternative)
    {
        var owner = new int[q.LineCount];
        Array.Fill(owner, alternative.OrderExclusive?.Index ?? -1);
        foreach (var exclusive in alternative.LineExclusives)
        {
            foreach (var line in exclusive.Lines)
            {
                owner[line] = exclusive.Index;
            }
        }
        return owner;
    }

    private static void Fail(ref CandidateResult result, NotAppliedReason reason, int by, long? missingUnits = null, int? missingQuantity = null)
    {
        if (result.Reason is not null)
        {
            return;
        }
        result.Reason = reason;
        result.By = by;
        result.MissingUnits = missingUnits;
        result.MissingQuantity = missingQuantity;
    }
}
