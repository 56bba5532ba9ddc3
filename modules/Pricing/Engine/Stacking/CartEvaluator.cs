using Platform.Modules.Pricing.Engine.Explanation;
using Platform.Modules.Pricing.Engine.Promotions;

namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>
/// Prices the cart under one <see cref="Alternative"/>: layers in order, each starting from the amounts the
/// previous left. In a layer, best-price candidates compete first (per line for line-local kinds, as a
/// whole for multi-line kinds: the non-conflicting set with the largest total saving wins, see ResolveBestPrice); the winners
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
                ResolveBestPrice(q, entries, toApply, results, outcome);
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

    /// <summary>
    /// Chooses the best-price winners of a layer: the set of contenders, no two claiming the same line, with the
    /// largest total saving. Contenders are sorted by saving (then priority, then id, then line); contenders that
    /// share lines (directly or through others) form a group solved exactly by depth-first search with pruning,
    /// starting from the greedy choice (each in order claims its lines unless already claimed). Among choices of
    /// equal saving the one that includes the earlier contenders in that order wins, so the greedy choice is kept
    /// whenever it is already the best. A group larger than <see cref="QuoteState.MaxExactContenders"/> keeps the
    /// greedy choice and the outcome is flagged.
    /// </summary>
    private static void ResolveBestPrice(QuoteState q, List<Entry> entries, int[]?[] toApply, CandidateResult[] results, Outcome outcome)
    {
        entries.Sort(static (a, b) =>
        {
            var bySaving = b.Saving.CompareTo(a.Saving);
            if (bySaving != 0)
            {
                return bySaving;
            }
            var byCandidate = Candidate.Compare(a.Candidate, b.Candidate);
            return byCandidate != 0 ? byCandidate : a.Lines[0].CompareTo(b.Lines[0]);
        });
        var n = q.LineCount;
        var chosen = new bool[entries.Count];
        Span<int> claimedBy = n <= 256 ? stackalloc int[n] : new int[n];
        claimedBy.Fill(-1);
        // Greedy first: exact when no multi-line contender shares a line with another contender.
        var conflicts = false;
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            if (entry.Reason is not null)
            {
                continue;
            }
            var free = true;
            foreach (var line in entry.Lines)
            {
                if (claimedBy[line] != -1)
                {
                    free = false;
                    conflicts |= entry.Lines.Length > 1 || entries[claimedBy[line]].Lines.Length > 1;
                    break;
                }
            }
            if (!free)
            {
                continue;
            }
            chosen[e] = true;
            foreach (var line in entry.Lines)
            {
                claimedBy[line] = e;
            }
        }
        if (conflicts)
        {
            outcome.GreedyBestPrice |= !ExactChoice(q, entries, chosen);
            claimedBy.Fill(-1);
            for (var e = 0; e < entries.Count; e++)
            {
                if (chosen[e])
                {
                    foreach (var line in entries[e].Lines)
                    {
                        claimedBy[line] = e;
                    }
                }
            }
        }
        var won = new List<(Candidate Candidate, List<int> Lines)>();
        for (var e = 0; e < entries.Count; e++)
        {
            var (c, lines, _, reason, missingUnits, missingQuantity) = entries[e];
            if (reason is { } why)
            {
                Fail(ref results[c.Index], why, -1, missingUnits, missingQuantity);
                continue;
            }
            if (!chosen[e])
            {
                var beatenBy = -1;
                foreach (var line in lines)
                {
                    if (claimedBy[line] != -1)
                    {
                        beatenBy = entries[claimedBy[line]].Candidate.Index;
                        break;
                    }
                }
                Fail(ref results[c.Index], NotAppliedReason.BeatenByBestPrice, beatenBy);
                continue;
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

    /// <summary>
    /// Improves the greedy <paramref name="chosen"/> to the exact best per group of contenders connected by shared
    /// lines. False when a group exceeded the bound and kept its greedy choice.
    /// </summary>
    private static bool ExactChoice(QuoteState q, List<Entry> entries, bool[] chosen)
    {
        // Groups: union-find over lines, joined by every valid contender's lines.
        var parent = new int[q.LineCount];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }
        foreach (var entry in entries)
        {
            if (entry.Reason is not null)
            {
                continue;
            }
            var root = Find(entry.Lines[0]);
            for (var k = 1; k < entry.Lines.Length; k++)
            {
                var other = Find(entry.Lines[k]);
                if (other != root)
                {
                    parent[other] = root;
                }
            }
        }
        var groups = new Dictionary<int, List<int>>();
        for (var e = 0; e < entries.Count; e++)
        {
            if (entries[e].Reason is null)
            {
                var root = Find(entries[e].Lines[0]);
                if (!groups.TryGetValue(root, out var members))
                {
                    groups[root] = members = [];
                }
                members.Add(e);
            }
        }
        var exact = true;
        foreach (var members in groups.Values)
        {
            if (members.Count <= 2)
            {
                // One contender, or two: greedy takes the larger (or both when they do not conflict) — exact.
                continue;
            }
            var multiLine = false;
            foreach (var e in members)
            {
                multiLine |= entries[e].Lines.Length > 1;
            }
            if (!multiLine)
            {
                // Contenders of one line only: the largest wins, as greedy chose.
                continue;
            }
            if (members.Count > q.MaxExactContenders)
            {
                exact = false;
                continue;
            }
            new GroupSearch(q.LineCount, entries, members, chosen).Run();
        }
        return exact;
    }

    /// <summary>Depth-first search over one group's contenders (in sorted order, include before exclude), pruned by the savings left.</summary>
    private sealed class GroupSearch
    {
        private readonly List<Entry> _entries;
        private readonly List<int> _members;
        private readonly bool[] _chosen;
        private readonly bool[] _claimed;
        private readonly long[] _savingAfter;
        private readonly bool[] _current;
        private long _best;

        public GroupSearch(int lineCount, List<Entry> entries, List<int> members, bool[] chosen)
        {
            _entries = entries;
            _members = members;
            _chosen = chosen;
            _claimed = new bool[lineCount];
            _current = new bool[members.Count];
            _savingAfter = new long[members.Count + 1];
            for (var k = members.Count - 1; k >= 0; k--)
            {
                _savingAfter[k] = _savingAfter[k + 1] + entries[members[k]].Saving;
            }
            foreach (var e in members)
            {
                if (chosen[e])
                {
                    _best += entries[e].Saving;
                }
            }
        }

        public void Run() => Search(0, 0);

        private void Search(int k, long saving)
        {
            if (k == _members.Count)
            {
                if (saving > _best)
                {
                    _best = saving;
                    for (var m = 0; m < _members.Count; m++)
                    {
                        _chosen[_members[m]] = _current[m];
                    }
                }
                return;
            }
            if (saving + _savingAfter[k] <= _best)
            {
                return;
            }
            var entry = _entries[_members[k]];
            var free = true;
            foreach (var line in entry.Lines)
            {
                if (_claimed[line])
                {
                    free = false;
                    break;
                }
            }
            if (free)
            {
                foreach (var line in entry.Lines)
                {
                    _claimed[line] = true;
                }
                _current[k] = true;
                Search(k + 1, saving + entry.Saving);
                _current[k] = false;
                foreach (var line in entry.Lines)
                {
                    _claimed[line] = false;
                }
            }
            Search(k + 1, saving);
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
