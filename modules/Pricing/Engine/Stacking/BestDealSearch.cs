namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>
/// Finds the customer's best deal by evaluating alternatives, not by guessing: the stack of all
/// non-exclusive promotions; each exclusive alone (with the stack on the lines it does not cover); and every
/// combination of line-level exclusives on pairwise-disjoint lines (branch and bound). The lowest total wins;
/// on equal totals the stack wins, then the alternative whose exclusives, in priority then id order, come
/// first (<see cref="Alternative.CompareForTie"/>). An exclusive that gives nothing on its own lines
/// (threshold or quantity not met, no saving, limit or stock used up) covers nothing, so it has no
/// alternative to evaluate; its own reason explains it. Above <see cref="QuoteState.MaxExactExclusives"/>
/// applicable line-level exclusives the combination is greedy (each added in order of its own saving when
/// the evaluated total drops) and <see cref="QuoteState.GreedyExclusives"/> is set.
/// </summary>
/// <remarks>
/// Exact shortcuts, no approximation: an exclusive alone is computed on its lines' base amounts (nothing
/// else touches them), so an alternative's total is (the stack on the other lines) + Σ (each exclusive's
/// lines' base − its own saving). The stack on the other lines depends only on which lines are covered, so
/// it is evaluated once per distinct covered set; a line no multi-line non-exclusive promotion touches is
/// priced by line-local promotions alone, so its stack amount is the same whatever else is covered, and a
/// covered set leaving only such lines needs no evaluation at all. The branch and bound prunes a branch
/// when even its lower bound (chosen exclusives' amounts + per uncovered line the least of its stack
/// amount, or 0 when it depends on other lines, and what a later exclusive leaves of it) cannot beat the
/// best found. A full evaluation (for the explanation) is only run for an alternative about to become the best.
/// </remarks>
internal static class BestDealSearch
{
    /// <summary>What an exclusive's own alternative gave: the cart's total and the exclusive's own result.</summary>
    public readonly record struct AloneResult(long Total, CandidateResult Own);

    /// <summary>Runs the search; <paramref name="exhaustive"/> evaluates every exclusive's alternative and every disjoint combination (up to the bound) in full, without shortcuts or pruning (the test reference).</summary>
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
        var stackAmounts = (long[])best.Amounts.Clone();
        var lineLevel = new List<LineExclusive>();
        var separable = Separable(q);
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
            if (!exclusive.Definition.IsOrderLevel)
            {
                var ownPerLine = new long[q.LineCount];
                long ownTotal = 0;
                foreach (var line in exclusive.Lines)
                {
                    ownPerLine[line] = q.BaseAmounts[line] - own.PerLine[line];
                    ownTotal += ownPerLine[line];
                }
                lineLevel.Add(new LineExclusive(exclusive, ownTotal, ownPerLine));
            }
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
                var key = Combinations.Key(exclusive.Lines);
                if (!othersTotal.TryGetValue(key, out var others))
                {
                    if (OthersSeparable(exclusive.Lines, separable, stackAmounts) is { } sum)
                    {
                        others = sum;
                    }
                    else
                    {
                        var outcome = CartEvaluator.Evaluate(q, alternative, spare);
                        others = outcome.Total - (coveredBase - saving);
                        (best, spare) = Keep(best, outcome);
                    }
                    othersTotal[key] = others;
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
        if (lineLevel.Count > 1)
        {
            if (lineLevel.Count > q.MaxExactExclusives)
            {
                q.GreedyExclusives = true;
                best = Greedy(q, improving, best, ref spare);
            }
            else if (exhaustive)
            {
                best = BruteForce(q, lineLevel, best, ref spare);
            }
            else
            {
                best = new Combinations(q, lineLevel, stackAmounts, separable, othersTotal, best, spare).Run();
            }
        }
        return (best, alone, inapplicable);
    }

    /// <summary>
    /// Per line: true when no multi-line non-exclusive promotion touches it, so only line-local promotions price
    /// it and its stack amount is the same whatever other lines the chosen exclusives cover.
    /// </summary>
    private static bool[] Separable(QuoteState q)
    {
        var separable = new bool[q.LineCount];
        Array.Fill(separable, true);
        foreach (var c in q.Candidates)
        {
            if (!c.IsExclusive && !c.IsLineLocal)
            {
                foreach (var line in c.Lines)
                {
                    separable[line] = false;
                }
            }
        }
        return separable;
    }

    /// <summary>The stack's total on the lines outside <paramref name="covered"/> when all of them are separable (no evaluation needed), else null.</summary>
    private static long? OthersSeparable(int[] covered, bool[] separable, long[] stackAmounts)
    {
        long sum = 0;
        var at = 0;
        for (var line = 0; line < separable.Length; line++)
        {
            if (at < covered.Length && covered[at] == line)
            {
                at++;
                continue;
            }
            if (!separable[line])
            {
                return null;
            }
            sum += stackAmounts[line];
        }
        return sum;
    }

    /// <summary>Above the bound: each improving exclusive added in order of its own total, kept when the evaluated total drops.</summary>
    private static Outcome Greedy(QuoteState q, List<(Candidate Exclusive, long Total)> improving, Outcome best, ref Outcome? spare)
    {
        if (improving.Count < 2)
        {
            return best;
        }
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
        return best;
    }

    /// <summary>Test reference: every combination of two or more disjoint line-level exclusives evaluated in full.</summary>
    private static Outcome BruteForce(QuoteState q, List<LineExclusive> lineLevel, Outcome best, ref Outcome? spare)
    {
        var m = lineLevel.Count;
        for (var mask = 1L; mask < 1L << m; mask++)
        {
            if (long.PopCount(mask) < 2)
            {
                continue;
            }
            var chosen = new List<Candidate>();
            var lines = new HashSet<int>();
            var disjoint = true;
            for (var k = 0; k < m && disjoint; k++)
            {
                if ((mask & (1L << k)) != 0)
                {
                    chosen.Add(lineLevel[k].Exclusive);
                    foreach (var line in lineLevel[k].Exclusive.Lines)
                    {
                        disjoint &= lines.Add(line);
                    }
                }
            }
            if (disjoint)
            {
                (best, spare) = Keep(best, CartEvaluator.Evaluate(q, Alternative.Of([.. chosen]), spare));
            }
        }
        return best;
    }

    /// <summary>An applicable line-level exclusive: what it leaves of its lines alone (in total and per line).</summary>
    private sealed record LineExclusive(Candidate Exclusive, long Own, long[] OwnPerLine);

    /// <summary>Branch and bound over the combinations of disjoint line-level exclusives (in priority, then id order).</summary>
    private sealed class Combinations
    {
        private readonly QuoteState _q;
        private readonly List<LineExclusive> _exclusives;
        private readonly long[] _stackAmounts;
        private readonly bool[] _separable;
        private readonly Dictionary<string, long> _othersTotal;
        // _leastAfter[k][line]: the least any exclusive from k on leaves of the line (long.MaxValue: none covers it).
        private readonly long[][] _leastAfter;
        private readonly bool[] _covered;
        private readonly List<Candidate> _chosen = [];
        private Outcome _best;
        private Outcome? _spare;

        public Combinations(QuoteState q, List<LineExclusive> exclusives, long[] stackAmounts, bool[] separable, Dictionary<string, long> othersTotal, Outcome best, Outcome? spare)
        {
            _q = q;
            _exclusives = exclusives;
            _stackAmounts = stackAmounts;
            _othersTotal = othersTotal;
            _best = best;
            _spare = spare;
            var n = q.LineCount;
            _covered = new bool[n];
            _separable = separable;
            _leastAfter = new long[exclusives.Count + 1][];
            _leastAfter[exclusives.Count] = new long[n];
            Array.Fill(_leastAfter[exclusives.Count], long.MaxValue);
            for (var k = exclusives.Count - 1; k >= 0; k--)
            {
                var least = (long[])_leastAfter[k + 1].Clone();
                foreach (var line in exclusives[k].Exclusive.Lines)
                {
                    least[line] = Math.Min(least[line], exclusives[k].OwnPerLine[line]);
                }
                _leastAfter[k] = least;
            }
        }

        public Outcome Run()
        {
            Search(0, 0);
            return _best;
        }

        private void Search(int from, long own)
        {
            if (_chosen.Count >= 2)
            {
                Consider(own);
            }
            for (var k = from; k < _exclusives.Count; k++)
            {
                var next = _exclusives[k];
                var lines = next.Exclusive.Lines;
                var disjoint = true;
                foreach (var line in lines)
                {
                    if (_covered[line])
                    {
                        disjoint = false;
                        break;
                    }
                }
                if (!disjoint)
                {
                    continue;
                }
                foreach (var line in lines)
                {
                    _covered[line] = true;
                }
                if (LowerBound(own + next.Own, k + 1) <= _best.Total)
                {
                    _chosen.Add(next.Exclusive);
                    Search(k + 1, own + next.Own);
                    _chosen.RemoveAt(_chosen.Count - 1);
                }
                foreach (var line in lines)
                {
                    _covered[line] = false;
                }
            }
        }

        /// <summary>The least total any extension of the current choice with exclusives from <paramref name="from"/> on can reach.</summary>
        private long LowerBound(long own, int from)
        {
            var bound = own;
            var least = _leastAfter[from];
            for (var line = 0; line < _covered.Length; line++)
            {
                if (!_covered[line])
                {
                    bound += Math.Min(_separable[line] ? _stackAmounts[line] : 0, least[line]);
                }
            }
            return bound;
        }

        private void Consider(long own)
        {
            Alternative? alternative = null;
            long others = 0;
            var needsEvaluation = false;
            for (var line = 0; line < _covered.Length; line++)
            {
                if (!_covered[line])
                {
                    needsEvaluation |= !_separable[line];
                    others += _stackAmounts[line];
                }
            }
            if (needsEvaluation)
            {
                var key = Key();
                if (!_othersTotal.TryGetValue(key, out others))
                {
                    alternative = Alternative.Of([.. _chosen]);
                    var outcome = CartEvaluator.Evaluate(_q, alternative, _spare);
                    others = outcome.Total - own;
                    _othersTotal[key] = others;
                    (_best, _spare) = Keep(_best, outcome);
                    return;
                }
            }
            var total = others + own;
            alternative ??= Alternative.Of([.. _chosen]);
            if (Beats(total, alternative, _best))
            {
                (_best, _spare) = Keep(_best, CartEvaluator.Evaluate(_q, alternative, _spare));
            }
        }

        /// <summary>The memo key of a covered line set (lines ascending).</summary>
        public static string Key(IEnumerable<int> lines) => string.Join(',', lines);

        private string Key()
        {
            var lines = new List<int>();
            for (var line = 0; line < _covered.Length; line++)
            {
                if (_covered[line])
                {
                    lines.Add(line);
                }
            }
            return Key(lines);
        }
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
        return Alternative.CompareForTie(alternative, current.Alternative) < 0;
    }
}
