using Platform.Modules.Pricing.Engine.Carts;
using Platform.Modules.Pricing.Engine.Money;
using Platform.Modules.Pricing.Engine.Promotions;

namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>The fixed facts of one quote every alternative is evaluated on.</summary>
internal sealed class QuoteState
{
    public const int LayerCount = 5;

    public QuoteState(PricingCart cart, CurrencyRounding rounding, CompoundingMode compounding, decimal[] baseAmounts, Candidate[] candidates)
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
        ByLayer = new Candidate[LayerCount][];
        for (var layer = 0; layer < LayerCount; layer++)
        {
            var inLayer = candidates.Where(c => (int)c.Definition.Layer == layer).ToArray();
            Array.Sort(inLayer, Candidate.Compare);
            ByLayer[layer] = inLayer;
        }
        Exclusives = [.. candidates.Where(c => c.IsExclusive).OrderBy(c => c, Comparer<Candidate>.Create(Candidate.Compare))];
    }

    public PricingCart Cart { get; }

    public CurrencyRounding Rounding { get; }

    public CompoundingMode Compounding { get; }

    public int LineCount { get; }

    public int[] Quantities { get; }

    /// <summary>Base unit price × quantity per line, rounded.</summary>
    public decimal[] BaseAmounts { get; }

    public Candidate[] Candidates { get; }

    /// <summary>Candidates per layer in application order.</summary>
    public Candidate[][] ByLayer { get; }

    /// <summary>Exclusive candidates in priority, then id order.</summary>
    public Candidate[] Exclusives { get; }

    public PromotionDefinition DefinitionOf(int candidate) => Candidates[candidate].Definition;
}
