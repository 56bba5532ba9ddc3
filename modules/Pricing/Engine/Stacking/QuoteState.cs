using Platform.Modules.Pricing.Engine.Carts;
using Platform.Modules.Pricing.Engine.Money;
using Platform.Modules.Pricing.Engine.Promotions;

namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>The fixed facts of one quote every alternative is evaluated on.</summary>
internal sealed class QuoteState
{
    public const int LayerCount = 5;

    public QuoteState(PricingCart cart, CurrencyRounding rounding, CompoundingMode compounding, long[] baseAmounts, Candidate[] candidates)
    {
        Cart = cart;
        Rounding = rounding;
        Compounding = compounding;
        BaseAmounts = baseAmounts;
        Candidates = candidates;
        LineCount = cart.Lines.Count;
        Quantities = new int[LineCount];
        for (var i = 0; i < LineCount; i++)
        {
            Quantities[i] = cart.Lines[i].Quantity;
        }
        var perLayer = new List<Candidate>[LayerCount];
        var exclusives = new List<Candidate>();
        foreach (var c in candidates)
        {
            c.Spend = c.Promotion.SpendPlanFor(rounding);
            (perLayer[(int)c.Definition.Layer] ??= []).Add(c);
            if (c.IsExclusive)
            {
                exclusives.Add(c);
            }
        }
        ByLayer = new Candidate[LayerCount][];
        for (var layer = 0; layer < LayerCount; layer++)
        {
            ByLayer[layer] = perLayer[layer] is { } inLayer ? [.. inLayer] : [];
            SortByPriority(ByLayer[layer]);
        }
        Exclusives = [.. exclusives];
        SortByPriority(Exclusives);
        Scratch = new Benefit(LineCount);
        ToApply = new int[]?[candidates.Length];
        _exact = new decimal[LineCount];
        SingleLines = new int[LineCount][];
        for (var i = 0; i < LineCount; i++)
        {
            SingleLines[i] = [i];
        }
    }

    private readonly decimal[] _exact;

    public PricingCart Cart { get; }

    /// <summary>Bound for the exact search over combinations of line-level exclusives (<see cref="PricingPolicy.MaxExactExclusives"/>).</summary>
    public int MaxExactExclusives { get; init; } = 16;

    /// <summary>Bound for the exact best-price choice in a layer (<see cref="PricingPolicy.MaxExactBestPriceContenders"/>).</summary>
    public int MaxExactContenders { get; init; } = 16;

    /// <summary>Set when the exclusive combination search fell back to greedy (the bound was exceeded).</summary>
    public bool GreedyExclusives { get; set; }

    /// <summary>The one benefit every computation of this quote writes into (read before the next computation).</summary>
    public Benefit Scratch { get; }

    /// <summary>Per candidate, the lines it applies to in the layer being evaluated (evaluation scratch).</summary>
    public int[]?[] ToApply { get; }

    /// <summary>One-element line arrays, for per-line best-price computations.</summary>
    public int[][] SingleLines { get; }

    public CurrencyRounding Rounding { get; }

    public CompoundingMode Compounding { get; }

    public int LineCount { get; }

    public int[] Quantities { get; }

    /// <summary>Base unit price × quantity per line, rounded, in minor units.</summary>
    public long[] BaseAmounts { get; }

    public Candidate[] Candidates { get; }

    /// <summary>Candidates per layer in application order.</summary>
    public Candidate[][] ByLayer { get; }

    /// <summary>Exclusive candidates in priority, then id order.</summary>
    public Candidate[] Exclusives { get; }

    /// <summary>
    /// Sorts into <see cref="Candidate.Compare"/> order. Candidates arrive in id order, so a stable sort by
    /// priority alone is enough; insertion sort, as a layer holds few candidates.
    /// </summary>
    private static void SortByPriority(Candidate[] candidates)
    {
        for (var k = 1; k < candidates.Length; k++)
        {
            var c = candidates[k];
            var at = k;
            while (at > 0 && candidates[at - 1].Definition.Priority < c.Definition.Priority)
            {
                candidates[at] = candidates[at - 1];
                at--;
            }
            candidates[at] = c;
        }
    }

    /// <summary>A zeroed per-line buffer for exact (unrounded) amounts.</summary>
    public decimal[] ClearedExact()
    {
        Array.Clear(_exact);
        return _exact;
    }

    public PromotionDefinition DefinitionOf(int candidate) => Candidates[candidate].Definition;
}
