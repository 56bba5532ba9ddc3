using Platform.Modules.Pricing.Engine.Carts;
using Platform.Modules.Pricing.Engine.Money;
using Platform.Modules.Pricing.Engine.Prices;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Engine.Stacking;

namespace Platform.Modules.Pricing.Engine.Batch;

/// <summary>
/// Batch re-pricing of a catalog for one sale context: per product, the base unit price and the price after
/// the unit-price layer's direct cuts (percent, amount per unit, special price), one unit, combined exactly as
/// <see cref="PricingEngine"/> would for a one-unit cart (best-price competition, compounding, each exclusive
/// alone vs the stack). Everything else (flash sales, multi-unit and order-level promotions, coupons, member
/// layer, presale) needs a cart and is left to <see cref="PricingEngine"/>. No explanation is built.
/// </summary>
/// <remarks>
/// The constructor does the per-context work once (usable price lists; the direct cuts active for the sale,
/// indexed by product, category and product line), so each product costs a few dictionary lookups.
/// Immutable after construction; one instance can serve several threads.
/// </remarks>
public sealed class CatalogRepricer
{
    private const int MaxCandidatesOnStack = 64;
    private static readonly int[] None = [];

    private readonly PriceBook _book;
    private readonly PriceList[] _usable;
    private readonly CurrencyRounding _rounding;
    private readonly CompoundingMode _compounding;
    private readonly PromotionDefinition[] _cuts;
    private readonly Dictionary<string, int[]> _byProduct;
    private readonly Dictionary<string, int[]> _byCategory;
    private readonly Dictionary<string, int[]> _byProductLine;
    private readonly int[] _anyProduct;

    /// <summary>Prepares re-pricing for <paramref name="sale"/>.</summary>
    public CatalogRepricer(PriceBook book, PromotionIndex promotions, PricingPolicy policy, CatalogSale sale)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(promotions);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(sale);
        _book = book;
        _rounding = policy.Rounding.For(sale.Currency);
        _compounding = policy.Compounding;
        _usable = book.ListsFor(sale.Currency, sale.At, sale.ChannelId, sale.CustomerGroupId, sale.RegionId, sale.StoreId);
        var asCart = new PricingCart
        {
            Currency = sale.Currency,
            At = sale.At,
            Lines = [],
            ChannelId = sale.ChannelId,
            CustomerGroupId = sale.CustomerGroupId,
            CustomerTier = sale.CustomerTier,
            RegionId = sale.RegionId,
            StoreId = sale.StoreId,
        };
        // Index order (id order) is kept, so ordinals here compare as in the engine.
        _cuts = [.. promotions.All.Select(p => p.Definition)
            .Where(d => d.Kind == PromotionKind.DirectCut && d.Layer == PromotionLayer.UnitPrice && SaleChecks.ReasonAgainst(d, asCart) is null)];
        var byProduct = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byCategory = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byProductLine = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var any = new List<int>();
        for (var i = 0; i < _cuts.Length; i++)
        {
            var a = _cuts[i].Applicability;
            if (a.AnyProduct)
            {
                any.Add(i);
            }
            Add(byProduct, a.ProductIds, i);
            Add(byCategory, a.Categories, i);
            Add(byProductLine, a.ProductLines, i);
        }
        _byProduct = byProduct.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _byCategory = byCategory.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _byProductLine = byProductLine.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _anyProduct = [.. any];
    }

    /// <summary>Number of direct cuts active for the sale.</summary>
    public int ActivePromotionCount => _cuts.Length;

    /// <summary>Re-prices <paramref name="items"/> into <paramref name="prices"/> (same length at least).</summary>
    public void Reprice(ReadOnlySpan<CatalogItem> items, Span<CatalogPrice> prices)
    {
        if (prices.Length < items.Length)
        {
            throw new ArgumentException("The price span is shorter than the items.", nameof(prices));
        }
        Span<int> buffer = stackalloc int[MaxCandidatesOnStack];
        for (var i = 0; i < items.Length; i++)
        {
            prices[i] = Price(items[i], buffer);
        }
    }

    /// <summary>Re-prices one product.</summary>
    public CatalogPrice Price(CatalogItem item)
    {
        Span<int> buffer = stackalloc int[MaxCandidatesOnStack];
        return Price(item, buffer);
    }

    private CatalogPrice Price(CatalogItem item, Span<int> buffer)
    {
        decimal basePrice;
        if (_book.IsListPriced(item.ProductId, item.CategoryId))
        {
            if (!PriceBook.TryListPrice(_usable, item.ProductId, out var listPrice, out _))
            {
                return default;
            }
            basePrice = _rounding.Round(listPrice);
        }
        else
        {
            var resolved = _book.Resolve(_usable, item.ProductId, item.CategoryId, _rounding);
            if (resolved.Source.Kind == PriceSourceKind.Unpriced)
            {
                return default;
            }
            basePrice = resolved.UnitPrice;
        }
        var candidates = Candidates(item, buffer);
        return new CatalogPrice(true, basePrice, candidates.IsEmpty ? basePrice : Promote(basePrice, candidates));
    }

    private Span<int> Candidates(CatalogItem item, Span<int> buffer)
    {
        var count = 0;
        var byProduct = _byProduct.TryGetValue(item.ProductId, out var p) ? p : None;
        var byCategory = item.CategoryId is not null && _byCategory.TryGetValue(item.CategoryId, out var c) ? c : None;
        var byLine = item.ProductLineId is not null && _byProductLine.TryGetValue(item.ProductLineId, out var l) ? l : None;
        if (_anyProduct.Length + byProduct.Length + byCategory.Length + byLine.Length > buffer.Length)
        {
            buffer = new int[_anyProduct.Length + byProduct.Length + byCategory.Length + byLine.Length];
        }
        foreach (var source in (ReadOnlySpan<int[]>)[_anyProduct, byProduct, byCategory, byLine])
        {
            foreach (var index in source)
            {
                buffer[count++] = index;
            }
        }
        var found = buffer[..count];
        found.Sort();
        var distinct = 0;
        for (var i = 0; i < found.Length; i++)
        {
            if (i == 0 || found[i] != found[i - 1])
            {
                found[distinct++] = found[i];
            }
        }
        return found[..distinct];
    }

    /// <summary>The engine's rules for one unit in the unit-price layer: the stack vs each exclusive alone; lowest wins, the stack on ties.</summary>
    private decimal Promote(decimal basePrice, ReadOnlySpan<int> candidates)
    {
        var best = Stack(basePrice, candidates);
        PromotionDefinition? leader = null;
        foreach (var index in candidates)
        {
            var d = _cuts[index];
            if (d.Mode != ConcurrencyMode.Exclusive)
            {
                continue;
            }
            var alone = basePrice - Discount(d, basePrice, basePrice);
            if (alone < best || (alone == best && leader is not null && d.Priority > leader.Priority))
            {
                best = alone;
                leader = d;
            }
        }
        return best;
    }

    private decimal Stack(decimal basePrice, ReadOnlySpan<int> candidates)
    {
        // Best-price winner: largest discount on the layer's start, then higher priority, then id order.
        var winner = -1;
        var winnerDiscount = 0m;
        foreach (var index in candidates)
        {
            var d = _cuts[index];
            if (d.Mode != ConcurrencyMode.BestPrice)
            {
                continue;
            }
            var discount = Discount(d, basePrice, basePrice);
            if (discount > 0m && (winner == -1 || discount > winnerDiscount || (discount == winnerDiscount && d.Priority > _cuts[winner].Priority)))
            {
                winner = index;
                winnerDiscount = discount;
            }
        }
        // Application order: priority descending, then id order (candidates are in id order).
        var amount = basePrice;
        var applied = 0;
        Span<int> order = stackalloc int[candidates.Length];
        foreach (var index in candidates)
        {
            if (_cuts[index].Mode == ConcurrencyMode.Compound || index == winner)
            {
                var at = applied++;
                while (at > 0 && _cuts[order[at - 1]].Priority < _cuts[index].Priority)
                {
                    order[at] = order[at - 1];
                    at--;
                }
                order[at] = index;
            }
        }
        foreach (var index in order[..applied])
        {
            var discount = Discount(_cuts[index], _compounding == CompoundingMode.Sequential ? amount : basePrice, amount);
            amount -= discount;
        }
        return amount;
    }

    private decimal Discount(PromotionDefinition d, decimal basis, decimal current)
    {
        var p = d.DirectCut!;
        var discount = p.PercentOff is { } percent ? _rounding.Round(basis * percent * 0.01m)
            : p.AmountOffPerUnit is { } off ? _rounding.Round(off)
            : basis - _rounding.Round(p.SpecialUnitPrice!.Value);
        return Math.Clamp(discount, 0m, Math.Min(basis, current));
    }

    private static void Add(Dictionary<string, List<int>> map, IReadOnlyList<string> keys, int index)
    {
        foreach (var key in keys)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }
            if (list.Count == 0 || list[^1] != index)
            {
                list.Add(index);
            }
        }
    }
}
