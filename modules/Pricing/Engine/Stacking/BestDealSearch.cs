namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>
/// Finds the customer's best deal by evaluating alternatives, not by guessing: the stack of all
/// non-exclusive promotions; each exclusive alone (with the stack on the lines it does not cover); and a
/// greedy combination of line-level exclusives covering disjoint lines, each added (in order of their own
/// saving) only when the evaluated total drops. The lowest total wins; on equal totals the stack wins,
/// then the alternative whose leading exclusive has the higher priority, then the lower id.
/// An exclusive that gives nothing on its own lines (threshold or quantity not met, no saving, limit or
/// stock used up) covers nothing, so it has no alternative to evaluate; its own reason explains it.
/// </summary>
/// <remarks>
/// Exact shortcuts, no approximation: an exclusive alone is computed on its lines' base amounts (nothing
/// else touches them), so an alternative's total is (the stack on the other lines) + (its lines' base) −
/// (its own saving). The stack on the other lines depends only on which lines are covered, so it is
/// evaluated once per distinct covered set; an order-level exclusive leaves no other lines at all. A full
/// evaluation (for the explanation) is only run for an alternative about to become the best.
/// </remarks>
internal static class BestDealSearch
{
    /// <summary>What an exclusive's own alternative gave: the cart's total and the exclusive's own result.</summary>
    public readonly record struct AloneResult(long Total, CandidateResult Own);

    /// <summary>Runs the search; <paramref name="exhaustive"/> evaluates every exclusive's alternative in full (the shortcuts' test reference).</summary>
    public static (Outcome Best, Dictionary<Candidate, AloneResult> Alone, Dictionary<Candidate, CandidateResult> Inapplicable) Run(QuoteState q, bool exhaustive = false)
    {
        var inapplicable = new Dictionary<Candidate, CandidateResult>();
        var alone = new Dictionary<Candidate, AloneResult>();
        var best = CartEvaluator.Evaluate(q, Alternative.Stack);
        if (q.Exclusives.Length == 0)
        {
            return (best, alone, inapplicable);
        }
        var stackTotal = best.Total;
        long baseTotal = 0;
        foreach (var amount in q.BaseAmounts)
        {
            baseTotal += amount;
        }
        Outcome? spare = null;
        // Per covered line set: the total of the other lines under the stack without them.
        var othersTotal = new Dictionary<string, long>(StringComparer.Ordinal);
        var improving = new List<(Candidate Exclusive, long Total)>();
        foreach (var exclusive in q.Exclusives)
        {
            // Alone on its lines nothing else touches them, so its layer starts from the base amounts.
            var own = BenefitCalculator.Compute(q, exclusive, exclusive.Lines, q.BaseAmounts, q.BaseAmounts);
            if (own.Reason is { } reason)
            {
                inapplicable[exclusive] = new CandidateResult { Reason = reason, MissingUnits = own.MissingUnits, MissingQuantity = own.MissingQuantity, By = -1 };
                continue;
            }
            var saving = own.Total;
            var alternative = Alternative.Alone(exclusive);
            long total;
            if (exhaustive)
            {
                var outcome = CartEvaluator.Evaluate(q, alternative, spare);
                total = outcome.Total;
                (best, spare) = Keep(best, outcome);
                if (!exclusive.Definition.IsOrderLevel && total < stackTotal)
                {
                    improving.Add((exclusive, total));
                }
            }
            else if (exclusive.Definition.IsOrderLevel)
            {
                total = baseTotal - saving;
            }
            else
            {
                long coveredBase = 0;
                foreach (var line in exclusive.Lines)
                {
                    coveredBase += q.BaseAmounts[line];
                }
                var key = string.Join(',', exclusive.Lines);
                if (!othersTotal.TryGetValue(key, out var others))
                {
                    var outcome = CartEvaluator.Evaluate(q, alternative, spare);
                    others = outcome.Total - (coveredBase - saving);
                    othersTotal[key] = others;
                    (best, spare) = Keep(best, outcome);
                }
                total = others + coveredBase - saving;
                if (total < stackTotal)
                {
                    improving.Add((exclusive, total));
                }
            }
            alone[exclusive] = new AloneResult(total, new CandidateResult { Applied = true, Amount = saving, By = -1 });
            if (Beats(total, alternative, best) && best.Alternative != alternative)
            {
                (best, spare) = Keep(best, CartEvaluator.Evaluate(q, alternative, spare));
            }
        }
        if (improving.Count > 1)
        {
            improving.Sort(static (a, b) => a.Total != b.Total ? a.Total.CompareTo(b.Total) : Candidate.Compare(a.Exclusive, b.Exclusive));
            var combined = Alternative.Alone(improving[0].Exclusive);
            var combinedTotal = improving[0].Total;
            var covered = new HashSet<int>(improving[0].Exclusive.Lines);
            for (var k = 1; k < improving.Count; k++)
            {
                var next = improving[k].Exclusive;
                if (next.Lines.Any(covered.Contains))
                {
                    continue;
                }
                var trial = CartEvaluator.Evaluate(q, combined.With(next), spare);
                if (trial.Total < combinedTotal)
                {
                    combined = trial.Alternative;
                    combinedTotal = trial.Total;
                    covered.UnionWith(next.Lines);
                }
                (best, spare) = Keep(best, trial);
            }
        }
        return (best, alone, inapplicable);
    }

    /// <summary>The better of the two as the best, the other's buffers as the spare for the next evaluation.</summary>
    private static (Outcome Best, Outcome Spare) Keep(Outcome current, Outcome challenger) =>
        Beats(challenger.Total, challenger.Alternative, current) ? (challenger, current) : (current, challenger);

    /// <summary>Whether an alternative with <paramref name="total"/> beats <paramref name="current"/>: lower total; on a tie the stack, then the leader's priority and id.</summary>
    private static bool Beats(long total, Alternative alternative, Outcome current)
    {
        if (total != current.Total)
        {
            return total < current.Total;
        }
        if (current.Alternative.IsStack || alternative.IsStack)
        {
            return alternative.IsStack && !current.Alternative.IsStack;
        }
        return Candidate.Compare(alternative.Leader!, current.Alternative.Leader!) < 0;
    }
}
