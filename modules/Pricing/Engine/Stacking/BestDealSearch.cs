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
    public static (Outcome Best, Dictionary<Candidate, Outcome> Alone, Dictionary<Candidate, CandidateResult> Inapplicable) Run(QuoteState q)
    {
        var inapplicable = new Dictionary<Candidate, CandidateResult>();
        var stack = CartEvaluator.Evaluate(q, Alternative.Stack);
        var best = stack;
        var alone = new Dictionary<Candidate, Outcome>();
        if (q.Exclusives.Length == 0)
        {
            return (best, alone, inapplicable);
        }
        var improving = new List<Outcome>();
        foreach (var exclusive in q.Exclusives)
        {
            // Alone on its lines nothing else touches them, so its layer starts from the base amounts.
            var own = BenefitCalculator.Compute(q, exclusive, exclusive.Lines, q.BaseAmounts, q.BaseAmounts);
            if (own.Reason is { } reason)
            {
                inapplicable[exclusive] = new CandidateResult { Reason = reason, MissingUnits = own.MissingUnits, MissingQuantity = own.MissingQuantity, By = -1 };
                continue;
            }
            var outcome = CartEvaluator.Evaluate(q, Alternative.Alone(exclusive));
            alone[exclusive] = outcome;
            best = Better(best, outcome);
            if (!exclusive.Definition.IsOrderLevel && outcome.Total < stack.Total)
            {
                improving.Add(outcome);
            }
        }
        if (improving.Count > 1)
        {
            improving.Sort(static (a, b) =>
            {
                var byTotal = a.Total.CompareTo(b.Total);
                return byTotal != 0 ? byTotal : Candidate.Compare(a.Alternative.LineExclusives[0], b.Alternative.LineExclusives[0]);
            });
            var combined = improving[0];
            var covered = new HashSet<int>(combined.Alternative.LineExclusives[0].Lines);
            for (var k = 1; k < improving.Count; k++)
            {
                var next = improving[k].Alternative.LineExclusives[0];
                if (next.Lines.Any(covered.Contains))
                {
                    continue;
                }
                var trial = CartEvaluator.Evaluate(q, combined.Alternative.With(next));
                if (trial.Total < combined.Total)
                {
                    combined = trial;
                    covered.UnionWith(next.Lines);
                }
            }
            best = Better(best, combined);
        }
        return (best, alone, inapplicable);
    }

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
