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

    public Alternative With(Candidate lineExclusive) => new(null, [.. LineExclusives, lineExclusive]);

    public bool Includes(Candidate candidate) =>
        OrderExclusive == candidate || Array.IndexOf(LineExclusives, candidate) >= 0;

    /// <summary>The first (highest-priority) exclusive, for the tie-break between alternatives of equal total.</summary>
    public Candidate? Leader => OrderExclusive ?? (LineExclusives.Length > 0 ? LineExclusives.OrderBy(c => c, Comparer<Candidate>.Create(Candidate.Compare)).First() : null);
}
