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
internal static class BestDealSearch
{
    /// <summary>What an exclusive's own alternative gave: the cart's total and the exclusive's own result.</summary>
    public readonly record struct AloneResult(long Total, CandidateResult Own);

    public static (Outcome Best, Dictionary<Candidate, AloneResult> Alone, Dictionary<Candidate, CandidateResult> Inapplicable) Run(QuoteState q)
    {
        var inapplicable = new Dictionary<Candidate, CandidateResult>();
        var alone = new Dictionary<Candidate, AloneResult>();
        var best = CartEvaluator.Evaluate(q, Alternative.Stack);
        if (q.Exclusives.Length == 0)
        {
            return (best, alone, inapplicable);
        }
        var stackTotal = best.Total;
        Outcome? spare = null;
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
            var outcome = CartEvaluator.Evaluate(q, Alternative.Alone(exclusive), spare);
            alone[exclusive] = new AloneResult(outcome.Total, outcome.Results[exclusive.Index]);
            if (!exclusive.Definition.IsOrderLevel && outcome.Total < stackTotal)
            {
                improving.Add((exclusive, outcome.Total));
            }
            (best, spare) = Keep(best, outcome);
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
        Better(current, challenger) == challenger ? (challenger, current) : (current, challenger);

    private static Outcome Better(Outcome current, Outcome challenger)
    {
        if (challenger.Total != current.Total)
        {
            return challenger.Total < current.Total ? challenger : current;
        }
        if (current.Alternative.IsStack)
        {
            return current;
        }
        if (challenger.Alternative.IsStack)
        {
            return challenger;
        }
        return Candidate.Compare(challenger.Alternative.Leader!, current.Alternative.Leader!) < 0 ? challenger : current;
    }
}
