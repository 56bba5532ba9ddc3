using Platform.Modules.Pricing.Engine.Carts;

namespace Platform.Modules.Pricing.Engine.Promotions;

/// <summary>
/// A tenant's promotions, precompiled and indexed by product, category, product line, "any product" and
/// coupon code. Immutable and thread-safe: build it once when the definitions change and share it, so a
/// quote looks up only the promotions its lines can touch instead of scanning them all.
/// </summary>
public sealed class PromotionIndex
{
    private static readonly int[] None = [];
    private readonly CompiledPromotion[] _promotions;
    private readonly Dictionary<string, int[]> _byProduct;
    private readonly Dictionary<string, int[]> _byCategory;
    private readonly Dictionary<string, int[]> _byProductLine;
    private readonly Dictionary<string, int[]> _byCouponCode;
    private readonly int[] _anyProduct;

    private PromotionIndex(CompiledPromotion[] promotions)
    {
        _promotions = promotions;
        var byProduct = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byCategory = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byProductLine = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byCoupon = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var any = new List<int>();
        foreach (var promotion in promotions)
        {
            var d = promotion.Definition;
            if (d.Kind == PromotionKind.Coupon)
            {
                // Coupons are only considered when presented, whatever their products.
                foreach (var code in d.Coupon?.Codes ?? [])
                {
                    Add(byCoupon, code, promotion.Ordinal);
                }
                continue;
            }
            if (promotion.AnyProduct)
            {
                any.Add(promotion.Ordinal);
                continue;
            }
            foreach (var product in d.Applicability.ProductIds)
            {
                Add(byProduct, product, promotion.Ordinal);
            }
            foreach (var category in d.Applicability.Categories)
            {
                Add(byCategory, category, promotion.Ordinal);
            }
            foreach (var line in d.Applicability.ProductLines)
            {
                Add(byProductLine, line, promotion.Ordinal);
            }
        }
        _byProduct = Freeze(byProduct);
        _byCategory = Freeze(byCategory);
        _byProductLine = Freeze(byProductLine);
        _byCouponCode = Freeze(byCoupon);
        _anyProduct = [.. any];
    }

    /// <summary>An index without promotions.</summary>
    public static PromotionIndex Empty { get; } = Build([]);

    /// <summary>Number of promotions indexed.</summary>
    public int Count => _promotions.Length;

    /// <summary>
    /// Compiles and indexes <paramref name="definitions"/> (expected valid, see <see cref="PromotionValidator"/>).
    /// Their order does not matter: they are kept in id order, the engine's last tie-break.
    /// </summary>
    public static PromotionIndex Build(IEnumerable<PromotionDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var sorted = definitions.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            if (string.Equals(sorted[i].Id, sorted[i - 1].Id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Promotion id '{sorted[i].Id}' appears twice.", nameof(definitions));
            }
        }
        return new PromotionIndex([.. sorted.Select((d, i) => new CompiledPromotion(d, i))]);
    }

    internal IReadOnlyList<CompiledPromotion> All => _promotions;

    /// <summary>
    /// The promotions a cart must consider, in id order, each with the indexes of the lines it applies to:
    /// those whose product applicability matches a line (every "any product" one included) and the coupons
    /// whose codes the cart presents (with the lines they apply to, possibly none).
    /// </summary>
    internal List<(CompiledPromotion Promotion, int[] Lines)> CandidatesFor(IReadOnlyList<CartLine> lines, IReadOnlyList<string> couponCodes)
    {
        // (ordinal, line) pairs packed in a long, so one sort groups them by promotion, lines ascending.
        // "Any product" promotions apply to every line: they skip the sort and are merged in id order.
        var hits = new List<long>(8 * lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            foreach (var ordinal in Lookup(_byProduct, line.ProductId))
            {
                hits.Add(Pack(ordinal, i));
            }
            foreach (var ordinal in Lookup(_byCategory, line.CategoryId))
            {
                hits.Add(Pack(ordinal, i));
            }
            foreach (var ordinal in Lookup(_byProductLine, line.ProductLineId))
            {
                hits.Add(Pack(ordinal, i));
            }
        }
        hits.Sort();
        var result = new List<(CompiledPromotion, int[])>(_anyProduct.Length + hits.Count);
        var matched = new List<int>(lines.Count);
        var everyLine = lines.Count == 0 ? [] : Enumerable.Range(0, lines.Count).ToArray();
        var nextAny = 0;
        for (var h = 0; h < hits.Count;)
        {
            var ordinal = (int)(hits[h] >> 32);
            for (; nextAny < _anyProduct.Length && _anyProduct[nextAny] < ordinal; nextAny++)
            {
                result.Add((_promotions[_anyProduct[nextAny]], everyLine));
            }
            matched.Clear();
            for (; h < hits.Count && (int)(hits[h] >> 32) == ordinal; h++)
            {
                var line = (int)(hits[h] & 0xFFFF_FFFF);
                if (matched.Count == 0 || matched[^1] != line)
                {
                    matched.Add(line);
                }
            }
            result.Add((_promotions[ordinal], matched.ToArray()));
        }
        for (; nextAny < _anyProduct.Length && lines.Count > 0; nextAny++)
        {
            result.Add((_promotions[_anyProduct[nextAny]], everyLine));
        }
        if (couponCodes.Count > 0)
        {
            AddCoupons(result, lines, couponCodes);
        }
        return result;
    }

    /// <summary>The same selection as <see cref="CandidatesFor"/> by scanning every promotion and line (the reference the index is tested against).</summary>
    internal List<(CompiledPromotion Promotion, int[] Lines)> ScanCandidates(IReadOnlyList<CartLine> lines, IReadOnlyList<string> couponCodes)
    {
        var result = new List<(CompiledPromotion, int[])>();
        foreach (var promotion in _promotions)
        {
            var d = promotion.Definition;
            var matching = Enumerable.Range(0, lines.Count).Where(i => promotion.MatchesLine(lines[i])).ToArray();
            var considered = d.Kind == PromotionKind.Coupon
                ? (d.Coupon?.Codes ?? []).Any(c => couponCodes.Contains(c, StringComparer.OrdinalIgnoreCase))
                : matching.Length > 0;
            if (considered)
            {
                result.Add((promotion, matching));
            }
        }
        return result;
    }

    private void AddCoupons(List<(CompiledPromotion Promotion, int[] Lines)> result, IReadOnlyList<CartLine> lines, IReadOnlyList<string> couponCodes)
    {
        var ordinals = new List<int>();
        foreach (var code in couponCodes)
        {
            ordinals.AddRange(Lookup(_byCouponCode, code));
        }
        if (ordinals.Count == 0)
        {
            return;
        }
        ordinals.Sort();
        var previous = -1;
        foreach (var ordinal in ordinals)
        {
            if (ordinal == previous)
            {
                continue;
            }
            previous = ordinal;
            var coupon = _promotions[ordinal];
            var matching = new List<int>(lines.Count);
            for (var i = 0; i < lines.Count; i++)
            {
                if (coupon.MatchesLine(lines[i]))
                {
                    matching.Add(i);
                }
            }
            result.Add((coupon, [.. matching]));
        }
        result.Sort(static (a, b) => a.Promotion.Ordinal.CompareTo(b.Promotion.Ordinal));
    }

    private static long Pack(int ordinal, int line) => ((long)ordinal << 32) | (uint)line;

    private static int[] Lookup(Dictionary<string, int[]> map, string? key) =>
        key is not null && map.TryGetValue(key, out var ordinals) ? ordinals : None;

    private static void Add(Dictionary<string, List<int>> map, string key, int ordinal)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }
        if (list.Count == 0 || list[^1] != ordinal)
        {
            list.Add(ordinal);
        }
    }

    private static Dictionary<string, int[]> Freeze(Dictionary<string, List<int>> map) =>
        map.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), map.Comparer);
}
