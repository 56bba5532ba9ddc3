namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>
/// One way of combining the cart's promotions: which exclusive promotions apply (each alone on the lines it
/// covers; an order-level one alone on the whole cart). Every non-exclusive promotion takes part on the
/// lines no chosen exclusive covers.
/// </summary>
internal sealed class Alternative
{
    public static Alternative Stack { get; } = new(null, []);

    private Alternative(Candidate? orderExclusive, Candidate[] lineExclusives)
    {
        OrderExclusive = orderExclusive;
        LineExclusives = lineExclusives;
    }

    public Candidate? OrderExclusive { get; }

    public Candidate[] LineExclusives { get; }

    public bool IsStack => OrderExclusive is null && LineExclusives.Length == 0;

    public static Alternative Alone(Candidate exclusive) =>
        exclusive.Definition.IsOrderLevel ? new(exclusive, []) : new(null, [exclusive]);

    /// <summary>Line-level exclusives on disjoint lines applying together.</summary>
    public static Alternative Of(Candidate[] lineExclusives) => new(null, lineExclusives);

    public Alternative With(Candidate lineExclusive) => new(null, [.. LineExclusives, lineExclusive]);

    public bool Includes(Candidate candidate) =>
        OrderExclusive == candidate || Array.IndexOf(LineExclusives, candidate) >= 0;

    /// <summary>
    /// Tie-break between alternatives of equal total, both not the stack: their exclusives compared in
    /// priority, then id order, one by one (the leading one first); an alternative before its own extensions.
    /// </summary>
    public static int CompareForTie(Alternative a, Alternative b)
    {
        var x = a.Ordered();
        var y = b.Ordered();
        for (var k = 0; k < Math.Min(x.Length, y.Length); k++)
        {
            var byCandidate = Candidate.Compare(x[k], y[k]);
            if (byCandidate != 0)
            {
                return byCandidate;
            }
        }
        return x.Length.CompareTo(y.Length);
    }

    private Candidate[] Ordered()
    {
        if (OrderExclusive is { } order)
        {
            return [order];
        }
        var ordered = (Candidate[])LineExclusives.Clone();
        Array.Sort(ordered, Candidate.Compare);
        return ordered;
    }
}
