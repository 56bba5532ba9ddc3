using Platform.Modules.Pricing.Engine.Carts;
using Platform.Modules.Pricing.Engine.Money;
using Platform.Modules.Pricing.Engine.Stacking;

namespace Platform.Modules.Pricing.Engine.Promotions;

/// <summary>A definition with its applicability turned into sets, built once by <see cref="PromotionIndex"/>.</summary>
internal sealed class CompiledPromotion
{
    private readonly HashSet<string>? _products;
    private readonly HashSet<string>? _categories;
    private readonly HashSet<string>? _productLines;

    public CompiledPromotion(PromotionDefinition definition, int ordinal)
    {
        Definition = definition;
        Ordinal = ordinal;
        var a = definition.Applicability;
        _products = a.ProductIds.Count == 0 ? null : new HashSet<string>(a.ProductIds, StringComparer.Ordinal);
        _categories = a.Categories.Count == 0 ? null : new HashSet<string>(a.Categories, StringComparer.Ordinal);
        _productLines = a.ProductLines.Count == 0 ? null : new HashSet<string>(a.ProductLines, StringComparer.Ordinal);
        AnyProduct = a.AnyProduct;
    }

    // The spend figures for the currency rounding last used; replaced whole (one reference write), so
    // concurrent quotes at worst compute the same plan twice.
    private SpendCache? _spend;

    public PromotionDefinition Definition { get; }

    /// <summary>Threshold, gift and coupon figures in minor units of <paramref name="rounding"/>'s currency (null for other kinds).</summary>
    public SpendPlan? SpendPlanFor(CurrencyRounding rounding)
    {
        if (Definition.Kind is not (PromotionKind.Threshold or PromotionKind.Gift or PromotionKind.Coupon))
        {
            return null;
        }
        if (_spend is { } cached && cached.Rounding == rounding)
        {
            return cached.Plan;
        }
        var plan = SpendPlan.For(Definition, rounding);
        _spend = new SpendCache(rounding, plan);
        return plan;
    }

    private sealed record SpendCache(CurrencyRounding Rounding, SpendPlan? Plan);

    /// <summary>Position in the index's id order: the deterministic last tie-break.</summary>
    public int Ordinal { get; }

    public bool AnyProduct { get; }

    public bool MatchesLine(CartLine line) =>
        AnyProduct ||
        (_products is not null && _products.Contains(line.ProductId)) ||
        (_categories is not null && line.CategoryId is not null && _categories.Contains(line.CategoryId)) ||
        (_productLines is not null && line.ProductLineId is not null && _productLines.Contains(line.ProductLineId));
}
