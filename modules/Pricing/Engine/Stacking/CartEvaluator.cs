using Platform.Modules.Pricing.Engine.Explanation;

namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>
/// Prices the cart under one <see cref="Alternative"/>: layers in order, each starting from the amounts the
/// previous left. In a layer, best-price candidates compete first (per line for line-local kinds, as a
/// whole for multi-line kinds: the largest saving claims its lines, ties by priority then id); the winners
/// and the compound candidates then apply in priority, then id order, each clamped so no line goes below zero.
/// </summary>
internal static class CartEvaluator
{
    private readonly record struct Entry(Candidate Candidate, int[] Lines, Benefit Benefit);

    public static Outcome Evaluate(QuoteState q, Alternative alternative)
    {
        var n = q.LineCount;
        var results = new CandidateResult[q.Candidates.Length];
        for (var i = 0; i < results.Length; i++)
        {
            results[i].By = -1;
        }
        var owner = Owners(q, alternative);
        var amounts = (decimal[])q.BaseAmounts.Clone();
        var applications = new List<Application>();
        var start = new decimal[n];
        var effective = new List<int>(n);
        var applied = new List<(Candidate Candidate, int[] Lines)>();
        var entries = new List<Entry>();
        for (var layer = 0; layer < QuoteState.LayerCount; layer++)
        {
            var inLayer = q.ByLayer[layer];
            if (inLayer.Length == 0)
            {
                continue;
            }
            Array.Copy(amounts, start, n);
            applied.Clear();
            entries.Clear();
            foreach (var c in inLayer)
            {
                if (!TakesPart(alternative, c))
                {
                    // An exclusive of another alternative, or everything when an order-level exclusive applies.
                    Fail(ref results[c.Index], NotAppliedReason.ExcludedByExclusive, alternative.OrderExclusive?.Index ?? -1);
                    continue;
                }
                effective.Clear();
                var excludedBy = -1;
                foreach (var line in c.Lines)
                {
                    if (owner[line] == -1 || owner[line] == c.Index)
                    {
                        effective.Add(line);
                    }
                    else if (excludedBy == -1)
                    {
                        excludedBy = owner[line];
                    }
                }
                if (effective.Count == 0)
                {
                    Fail(ref results[c.Index], NotAppliedReason.ExcludedByExclusive, excludedBy);
                    continue;
                }
                var lines = effective.ToArray();
                if (c.Definition.Mode != Promotions.ConcurrencyMode.BestPrice)
                {
                    applied.Add((c, lines));
                }
                else if (c.IsLineLocal)
                {
                    foreach (var line in lines)
                    {
                        int[] one = [line];
                        entries.Add(new Entry(c, one, BenefitCalculator.Compute(q, c, one, start, start)));
                    }
                }
                else
                {
                    entries.Add(new Entry(c, lines, BenefitCalculator.Compute(q, c, lines, start, start)));
                }
            }
            if (entries.Count > 0)
            {
                ResolveBestPrice(q, entries, applied, results);
            }
            applied.Sort(static (a, b) => Candidate.Compare(a.Candidate, b.Candidate));
            foreach (var (c, lines) in applied)
            {
                var basis = q.Compounding == CompoundingMode.Sequential ? amounts : start;
                var benefit = BenefitCalculator.Compute(q, c, lines, basis, start);
                ref var result = ref results[c.Index];
                if (benefit.Reason is { } reason && !benefit.GiftDue && benefit.Deposit == 0m)
                {
                    Fail(ref result, reason, -1, benefit);
                    continue;
                }
                foreach (var line in lines)
                {
                    var discount = Math.Min(benefit.PerLine[line], amounts[line]);
                    if (discount > 0m)
                    {
                        amounts[line] -= discount;
                        result.Amount += discount;
                        applications.Add(new Application(c.Index, line, discount));
                    }
                }
                result.Applied = true;
                result.Benefit = benefit;
            }
        }
        return new Outcome(alternative, amounts, applications, results);
    }

    private static void ResolveBestPrice(QuoteState q, List<Entry> entries, List<(Candidate, int[])> applied, CandidateResult[] results)
    {
        entries.Sort(static (a, b) =>
        {
            var bySaving = b.Benefit.Total.CompareTo(a.Benefit.Total);
            return bySaving != 0 ? bySaving : Candidate.Compare(a.Candidate, b.Candidate);
        });
        var claimedBy = new int[q.LineCount];
        Array.Fill(claimedBy, -1);
        var won = new Dictionary<Candidate, List<int>>();
        foreach (var (c, lines, benefit) in entries)
        {
            if (benefit.Reason is { } reason && !benefit.GiftDue)
            {
                Fail(ref results[c.Index], reason, -1, benefit);
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
            if (!won.TryGetValue(c, out var wonLines))
            {
                won[c] = wonLines = [];
            }
            wonLines.AddRange(lines);
        }
        foreach (var (c, lines) in won)
        {
            lines.Sort();
            applied.Add((c, [.. lines]));
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

    private static void Fail(ref CandidateResult result, NotAppliedReason reason, int by, Benefit? benefit = null)
    {
        if (result.Reason is not null)
        {
            return;
        }
        result.Reason = reason;
        result.By = by;
        result.MissingAmount = benefit?.MissingAmount;
        result.MissingQuantity = benefit?.MissingQuantity;
    }
}
