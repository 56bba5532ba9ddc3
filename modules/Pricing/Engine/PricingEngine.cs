using Platform.Modules.Pricing.Engine.Carts;
using Platform.Modules.Pricing.Engine.Explanation;
using Platform.Modules.Pricing.Engine.Prices;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Engine.Stacking;

namespace Platform.Modules.Pricing.Engine;

/// <summary>
/// Prices carts: base prices from the <see cref="PriceBook"/>, then the promotions of the
/// <see cref="PromotionIndex"/> combined by the <see cref="PricingPolicy"/> (ADR 0010). Pure and
/// deterministic: no clock, no I/O; immutable, so one instance per tenant version can be shared by threads.
/// </summary>
public sealed class PricingEngine
{
    private readonly PriceBook _book;
    private readonly PromotionIndex _index;
    private readonly PricingPolicy _policy;

    /// <summary>Creates an engine over a tenant's price book, promotion index and policy.</summary>
    public PricingEngine(PriceBook book, PromotionIndex index, PricingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(policy);
        _book = book;
        _index = index;
        _policy = policy;
    }

    /// <summary>The promotions this engine applies.</summary>
    public PromotionIndex Promotions => _index;

    /// <summary>Prices one cart with its full explanation.</summary>
    public PricingResult Price(PricingCart cart) => Price(cart, scanAllPromotions: false);

    /// <summary>
    /// Prices a cart; with <paramref name="scanAllPromotions"/> the candidates come from a scan of every promotion
    /// instead of the index, with <paramref name="exhaustiveSearch"/> every exclusive's alternative is evaluated in
    /// full instead of by the search's exact shortcuts (both are test references).
    /// </summary>
    internal PricingResult Price(PricingCart cart, bool scanAllPromotions, bool exhaustiveSearch = false) => PriceCore(cart, scanAllPromotions, exhaustiveSearch);

    /// <summary>Prices several carts (e.g. re-pricing saved carts after a promotion change), in order.</summary>
    public IReadOnlyList<PricingResult> PriceAll(IReadOnlyList<PricingCart> carts)
    {
        ArgumentNullException.ThrowIfNull(carts);
        var results = new PricingResult[carts.Count];
        for (var i = 0; i < carts.Count; i++)
        {
            results[i] = Price(carts[i]);
        }
        return results;
    }

    private PricingResult PriceCore(PricingCart cart, bool scanAllPromotions, bool exhaustiveSearch)
    {
        ArgumentNullException.ThrowIfNull(cart);
        foreach (var line in cart.Lines)
        {
            if (line.Quantity <= 0)
            {
                throw new ArgumentException($"Line '{line.LineId}' has quantity {line.Quantity}; quantities must be at least 1.", nameof(cart));
            }
        }
        var rounding = _policy.Rounding.For(cart.Currency);
        var usable = _book.ListsFor(cart.Currency, cart.At, cart.ChannelId, cart.CustomerGroupId, cart.RegionId, cart.StoreId);
        var n = cart.Lines.Count;
        var bases = new BasePrice[n];
        var baseAmounts = new long[n];
        for (var i = 0; i < n; i++)
        {
            var line = cart.Lines[i];
            bases[i] = _book.Resolve(usable, line.ProductId, line.CategoryId, rounding);
            baseAmounts[i] = rounding.ToUnits(bases[i].UnitPrice * line.Quantity);
        }

        var found = scanAllPromotions ? _index.ScanCandidates(cart.Lines, cart.CouponCodes) : _index.CandidatesFor(cart.Lines, cart.CouponCodes);
        var candidates = new List<Candidate>(found.Count);
        var rejected = new List<(CompiledPromotion, NotAppliedReason, int[])>();
        foreach (var (promotion, lines) in found)
        {
            if (SaleChecks.ReasonAgainst(promotion.Definition, cart) is { } reason)
            {
                rejected.Add((promotion, reason, lines));
            }
            else if (lines.Length == 0)
            {
                rejected.Add((promotion, NotAppliedReason.NoDiscount, lines));
            }
            else
            {
                candidates.Add(new Candidate(promotion, candidates.Count, lines));
            }
        }

        var state = new QuoteState(cart, rounding, _policy.Compounding, baseAmounts, [.. candidates])
        {
            MaxExactExclusives = _policy.MaxExactExclusives,
            MaxExactContenders = _policy.MaxExactBestPriceContenders,
        };
        var (best, alone, inapplicable) = BestDealSearch.Run(state, exhaustiveSearch);
        return ExplanationBuilder.Build(state, bases, best, alone, inapplicable, rejected);
    }
}
