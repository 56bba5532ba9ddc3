using System.Collections.Concurrent;
using System.Globalization;
using Platform.Modules.Pricing.Engine.Money;

namespace Platform.Modules.Pricing.Engine.Prices;

/// <summary>
/// A tenant's price lists, pricing-method assignments and per-product method inputs, indexed once
/// (immutable, safe to share between threads) and resolving base unit prices.
/// </summary>
/// <remarks>
/// List selection: among the lists in the quote's currency, effective at the quote's moment, whose scope
/// matches the sale and which contain the product: the most specific scope first (most dimensions set),
/// then the highest priority, then the lowest id (ordinal). A specific list lacking the product therefore
/// falls through to a less specific one.
/// </remarks>
public sealed class PriceBook
{
    private readonly PriceList[] _lists;
    private readonly Dictionary<string, PricingMethodAssignment> _byProduct;
    private readonly Dictionary<string, PricingMethodAssignment> _byCategory;
    private readonly Dictionary<string, ProductPricingInputs> _inputs;

    // List prices with their explanation, built once per (list, product, rounding): the book's data never
    // changes, so the cache only ever grows to the items of the lists in use.
    private readonly ConcurrentDictionary<(PriceList List, string ProductId, CurrencyRounding Rounding), BasePrice> _listPrices = new(ListPriceKeyComparer.Instance);

    private PriceBook(PriceList[] lists, Dictionary<string, PricingMethodAssignment> byProduct, Dictionary<string, PricingMethodAssignment> byCategory, Dictionary<string, ProductPricingInputs> inputs)
    {
        _lists = lists;
        _byProduct = byProduct;
        _byCategory = byCategory;
        _inputs = inputs;
    }

    /// <summary>An empty book: every product is unpriced.</summary>
    public static PriceBook Empty { get; } = Build([], [], []);

    /// <summary>Indexes the tenant's pricing data. Later duplicates of a product/category assignment or input replace earlier ones.</summary>
    public static PriceBook Build(IEnumerable<PriceList> priceLists, IEnumerable<PricingMethodAssignment> methods, IEnumerable<ProductPricingInputs> inputs)
    {
        ArgumentNullException.ThrowIfNull(priceLists);
        ArgumentNullException.ThrowIfNull(methods);
        ArgumentNullException.ThrowIfNull(inputs);
        var lists = priceLists
            .OrderByDescending(l => l.Scope.Specificity)
            .ThenByDescending(l => l.Priority)
            .ThenBy(l => l.Id, StringComparer.Ordinal)
            .ToArray();
        var byProduct = new Dictionary<string, PricingMethodAssignment>(StringComparer.Ordinal);
        var byCategory = new Dictionary<string, PricingMethodAssignment>(StringComparer.Ordinal);
        foreach (var method in methods)
        {
            if (method.ProductId is { } product)
            {
                byProduct[product] = method;
            }
            else if (method.CategoryId is { } category)
            {
                byCategory[category] = method;
            }
        }
        var byInputs = new Dictionary<string, ProductPricingInputs>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            byInputs[input.ProductId] = input;
        }
        return new PriceBook(lists, byProduct, byCategory, byInputs);
    }

    /// <summary>The lists usable for a sale, in selection order (see the remarks of the class).</summary>
    internal PriceList[] ListsFor(string currency, DateTimeOffset at, string? channelId, string? customerGroupId, string? regionId, string? storeId)
    {
        var usable = new List<PriceList>();
        foreach (var list in _lists)
        {
            if (string.Equals(list.Currency, currency, StringComparison.OrdinalIgnoreCase) && list.IsEffectiveAt(at) &&
                list.Scope.Matches(channelId, customerGroupId, regionId, storeId))
            {
                usable.Add(list);
            }
        }
        return [.. usable];
    }

    /// <summary>The list price of a product: the first usable list containing it.</summary>
    internal static bool TryListPrice(PriceList[] usable, string productId, out decimal price, out PriceList? list)
    {
        foreach (var candidate in usable)
        {
            if (candidate.Items.TryGetValue(productId, out price))
            {
                list = candidate;
                return true;
            }
        }
        price = 0m;
        list = null;
        return false;
    }

    /// <summary>True when the product is list-priced (no method assignment other than List), the batch fast path.</summary>
    internal bool IsListPriced(string productId, string? categoryId) => MethodFor(productId, categoryId) is null or { Method: PricingMethodKind.List };

    /// <summary>Resolves the base unit price of a product with its explanation.</summary>
    internal BasePrice Resolve(PriceList[] usable, string productId, string? categoryId, CurrencyRounding rounding)
    {
        var method = MethodFor(productId, categoryId);
        var hasList = TryListPrice(usable, productId, out var listPrice, out var list);
        _inputs.TryGetValue(productId, out var inputs);
        switch (method?.Method ?? PricingMethodKind.List)
        {
            case PricingMethodKind.CostPlus when inputs?.Cost is { } cost && method!.MarginPercent is { } margin:
            {
                var price = rounding.Round(cost * (1m + margin / 100m));
                return new BasePrice(price, new PriceSource(PriceSourceKind.CostPlus, null,
                    new Dictionary<string, decimal> { ["cost"] = cost, ["marginPercent"] = margin },
                    string.Create(CultureInfo.InvariantCulture, $"cost-plus: cost {cost} × (1 + {margin}%) = {price}")));
            }
            case PricingMethodKind.ValueBased when inputs?.ValueMetric is { } value && method!.ValueSharePercent is { } share:
            {
                var price = rounding.Round(value * share / 100m);
                return new BasePrice(price, new PriceSource(PriceSourceKind.ValueBased, null,
                    new Dictionary<string, decimal> { ["valueMetric"] = value, ["sharePercent"] = share },
                    string.Create(CultureInfo.InvariantCulture, $"value-based: value {value} × {share}% captured = {price}")));
            }
            case PricingMethodKind.Competition when inputs is { CompetitorPrices.Count: > 0 } && method!.Competition is { } rule:
                return Competition(inputs.CompetitorPrices, rule, rounding);
            case PricingMethodKind.List:
                return hasList
                    ? _listPrices.GetOrAdd((list!, productId, rounding), static (key, price) => FromList(key.List, price, key.Rounding, null), listPrice)
                    : Unpriced(productId, reason: null);
            default:
            {
                var missing = method!.Method switch
                {
                    PricingMethodKind.CostPlus => "no cost or margin",
                    PricingMethodKind.ValueBased => "no value metric or share",
                    _ => "no competitor price",
                };
                return hasList ? FromList(list!, listPrice, rounding, $"{method.Method} method not usable ({missing}); fell back to the list price") : Unpriced(productId, missing);
            }
        }
    }

    private PricingMethodAssignment? MethodFor(string productId, string? categoryId) =>
        _byProduct.TryGetValue(productId, out var byProduct) ? byProduct
        : categoryId is not null && _byCategory.TryGetValue(categoryId, out var byCategory) ? byCategory
        : null;

    private static BasePrice FromList(PriceList list, decimal listPrice, CurrencyRounding rounding, string? fallbackNote)
    {
        var rounded = rounding.Round(listPrice);
        var text = $"price list {list.Id} ({list.Name}): {rounded}";
        return new BasePrice(rounded, new PriceSource(PriceSourceKind.PriceList, list.Id,
            new Dictionary<string, decimal> { [nameof(listPrice)] = listPrice },
            fallbackNote is null ? text : $"{fallbackNote}: {text}"));
    }

    private static BasePrice Unpriced(string productId, string? reason) =>
        new(0m, new PriceSource(PriceSourceKind.Unpriced, null, new Dictionary<string, decimal>(),
            $"no price for product {productId}: no usable price list contains it{(reason is null ? "" : $", and its pricing method has {reason}")}"));

    private static BasePrice Competition(IReadOnlyList<CompetitorPrice> competitors, CompetitionRule rule, CurrencyRounding rounding)
    {
        var reference = rule.Aggregate switch
        {
            CompetitorAggregate.Lowest => competitors.Min(c => c.Price),
            CompetitorAggregate.Highest => competitors.Max(c => c.Price),
            _ => competitors.Sum(c => c.Price) / competitors.Count,
        };
        var distance = rule.Position == CompetitorPosition.At ? 0m
            : rule.AdjustmentAmount ?? reference * (rule.AdjustmentPercent ?? 0m) / 100m;
        var raw = rule.Position == CompetitorPosition.Below ? reference - distance : reference + distance;
        var price = rounding.Round(Math.Max(0m, raw));
        var inputs = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["reference"] = reference, ["distance"] = distance };
        foreach (var competitor in competitors)
        {
            inputs["competitor:" + competitor.CompetitorId] = competitor.Price;
        }
        return new BasePrice(price, new PriceSource(PriceSourceKind.Competition, null, inputs,
            string.Create(CultureInfo.InvariantCulture, $"competition: {rule.Aggregate} of {competitors.Count} competitor price(s) = {reference}, {rule.Position} by {distance} = {price}")));
    }

    /// <summary>Lists compared by reference (a record's value hash would hash its whole content on every lookup).</summary>
    private sealed class ListPriceKeyComparer : IEqualityComparer<(PriceList List, string ProductId, CurrencyRounding Rounding)>
    {
        public static ListPriceKeyComparer Instance { get; } = new();

        public bool Equals((PriceList List, string ProductId, CurrencyRounding Rounding) x, (PriceList List, string ProductId, CurrencyRounding Rounding) y) =>
            ReferenceEquals(x.List, y.List) && string.Equals(x.ProductId, y.ProductId, StringComparison.Ordinal) && x.Rounding == y.Rounding;

        public int GetHashCode((PriceList List, string ProductId, CurrencyRounding Rounding) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.List), StringComparer.Ordinal.GetHashCode(obj.ProductId), obj.Rounding.Decimals);
    }
}
