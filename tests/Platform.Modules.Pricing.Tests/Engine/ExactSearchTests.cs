using Platform.Modules.Pricing.Engine;
using Platform.Modules.Pricing.Engine.Carts;
using Platform.Modules.Pricing.Engine.Explanation;
using Platform.Modules.Pricing.Engine.Prices;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Engine.Stacking;
using static Platform.Modules.Pricing.Tests.Engine.Quotes;

namespace Platform.Modules.Pricing.Tests.Engine;

/// <summary>ADR 0010: combinations of exclusives and best-price winners are found exactly, greedy only above the policy bounds.</summary>
public sealed class ExactSearchTests
{
    private static readonly PricingPolicy Greedy = PricingPolicy.Default with { MaxExactExclusives = 0, MaxExactBestPriceContenders = 0 };

    private static PricingEngine Engine(PriceList list, IEnumerable<PromotionDefinition> promotions, PricingPolicy? policy = null) =>
        new(PriceBook.Build([list], [], []), PromotionIndex.Build(promotions), policy ?? PricingPolicy.Default);

    private static PromotionDefinition Bundle(string id, int items, decimal percent, ConcurrencyMode mode = ConcurrencyMode.BestPrice) =>
        Promo(id, PromotionKind.Bundle, mode) with { Bundle = new BundleParameters(items, PercentOff: percent) };

    [Fact]
    public void Exclusives_TwoSmallOnesOnDisjointLinesBeatOneBigOne()
    {
        // A saves 50 on lines 1+2; B and C save 30 each on one line: B + C = 60 (greedy keeps A alone: 50).
        var list = List(("p1", 100m), ("p2", 100m));
        var cart = Cart(Line("l1", "p1"), Line("l2", "p2"));
        PromotionDefinition[] promotions =
        [
            PercentOff("a", 25m, ConcurrencyMode.Exclusive).ForProducts("p1", "p2"),
            PercentOff("b", 30m, ConcurrencyMode.Exclusive).ForProducts("p1"),
            PercentOff("c", 30m, ConcurrencyMode.Exclusive).ForProducts("p2"),
        ];

        var exact = Price(cart, list, promotions);
        var greedy = Price(cart, list, promotions, Greedy);

        Assert.Equal(140m, exact.Totals.Total);
        Assert.Equal(["b", "c"], exact.Applied.Select(a => a.PromotionId).Order());
        Assert.Equal(NotAppliedReason.ExcludedByExclusive, exact.NotApplied("a").Reason);
        Assert.Null(exact.SearchNote);
        Assert.Equal(150m, greedy.Totals.Total);
        Assert.Contains("Greedy combination of exclusive promotions", greedy.SearchNote);
    }

    [Fact]
    public void BestPrice_TwoSmallDealsOnDisjointLinesBeatOneBigDeal()
    {
        // Bundle A saves 50 over both lines; B and C save 30 each on one line: B + C = 60 (greedy by saving: A, 50).
        var list = List(("p1", 50m), ("p2", 50m));
        var cart = Cart(Line("l1", "p1", 2), Line("l2", "p2", 2));
        PromotionDefinition[] promotions =
        [
            Bundle("a", 4, 25m).ForProducts("p1", "p2"),
            Bundle("b", 2, 30m).ForProducts("p1"),
            Bundle("c", 2, 30m).ForProducts("p2"),
        ];

        var exact = Price(cart, list, promotions);
        var greedy = Price(cart, list, promotions, Greedy);

        Assert.Equal(140m, exact.Totals.Total);
        Assert.Equal(["b", "c"], exact.Applied.Select(a => a.PromotionId).Order());
        Assert.Equal(NotAppliedReason.BeatenByBestPrice, exact.NotApplied("a").Reason);
        Assert.Null(exact.SearchNote);
        Assert.Equal(150m, greedy.Totals.Total);
        Assert.Contains("Greedy best-price choice", greedy.SearchNote);
    }

    [Fact]
    public void BestPrice_OnEqualSavings_KeepsTheGreedyChoice()
    {
        // A saves 60 over both lines, B + C also 60: the documented order (saving, priority, id) keeps A.
        var list = List(("p1", 50m), ("p2", 50m));
        var cart = Cart(Line("l1", "p1", 2), Line("l2", "p2", 2));
        PromotionDefinition[] promotions =
        [
            Bundle("a", 4, 30m).ForProducts("p1", "p2"),
            Bundle("b", 2, 30m).ForProducts("p1"),
            Bundle("c", 2, 30m).ForProducts("p2"),
        ];

        var result = Price(cart, list, promotions);

        Assert.Equal(140m, result.Totals.Total);
        Assert.Equal(["a"], result.Applied.Select(a => a.PromotionId));
    }

    [Theory]
    [InlineData(CompoundingMode.Sequential)]
    [InlineData(CompoundingMode.OnOriginal)]
    public void Exclusives_MatchABruteForceOverEverySubset(CompoundingMode mode)
    {
        var random = new Random(4242);
        var policy = PricingPolicy.Default with { Compounding = mode };
        var greedyWrong = 0;
        for (var round = 0; round < 150; round++)
        {
            var (list, cart) = RandomCart(random);
            var others = new List<PromotionDefinition>
            {
                PercentOff("s1", random.Next(1, 20), priority: random.Next(3)).ForProducts(RandomProducts(random)),
                (Promo("s2", PromotionKind.Bundle, ConcurrencyMode.BestPrice) with { Bundle = new BundleParameters(2, PercentOff: random.Next(5, 30)) }).ForProducts(RandomProducts(random)),
            };
            if (random.Next(2) == 0)
            {
                others.Add(Threshold("s3", random.Next(50, 300), random.Next(5, 40)));
            }
            var exclusives = Enumerable.Range(0, random.Next(2, 9))
                .Select(k => PercentOff($"x{k}", random.Next(5, 60), ConcurrencyMode.Exclusive, priority: random.Next(2)).ForProducts(RandomProducts(random)))
                .ToList();

            var result = Engine(list, [.. others, .. exclusives], policy).Price(cart);

            // Brute force 1: every subset of the exclusives offered alone with the other promotions.
            var bruteForce = decimal.MaxValue;
            for (var mask = 0; mask < 1 << exclusives.Count; mask++)
            {
                var subset = exclusives.Where((_, k) => (mask & (1 << k)) != 0);
                bruteForce = Math.Min(bruteForce, Engine(list, [.. others, .. subset], policy).Price(cart).Totals.Total);
            }
            Assert.Equal(bruteForce, result.Totals.Total);
            // Brute force 2: the engine's reference mode evaluates every disjoint combination in full, no pruning.
            var reference = Engine(list, [.. others, .. exclusives], policy).Price(cart, scanAllPromotions: false, exhaustiveSearch: true);
            Assert.Equal(Serialize(reference), Serialize(result));
            Assert.Null(result.SearchNote);
            // Determinism: the order of the definitions does not matter.
            var shuffled = others.Concat(exclusives).OrderBy(_ => random.Next()).ToList();
            Assert.Equal(Serialize(result), Serialize(Engine(list, shuffled, policy).Price(cart)));

            greedyWrong += Engine(list, [.. others, .. exclusives], policy with { MaxExactExclusives = 0 }).Price(cart).Totals.Total > result.Totals.Total ? 1 : 0;
        }
        // The data set contains carts where the greedy combination is wrong.
        Assert.True(greedyWrong > 0, "no cart where greedy is wrong");
    }

    [Fact]
    public void BestPrice_MatchesABruteForceOverEveryNonConflictingSet()
    {
        var random = new Random(777);
        var greedyWrong = 0;
        for (var round = 0; round < 200; round++)
        {
            var (list, cart) = RandomCart(random);
            var deals = Enumerable.Range(0, random.Next(2, 9))
                .Select(k => Bundle($"d{k}", random.Next(2, 5), random.Next(5, 60)).ForProducts(RandomProducts(random)) with { Priority = random.Next(2) })
                .ToList();

            var result = Engine(list, deals).Price(cart);

            // Each product is on one line: deals on disjoint product sets never conflict, so all of them apply.
            var bruteForce = decimal.MaxValue;
            for (var mask = 0; mask < 1 << deals.Count; mask++)
            {
                var subset = deals.Where((_, k) => (mask & (1 << k)) != 0).ToList();
                var products = subset.SelectMany(d => d.Applicability.ProductIds!).Where(p => cart.Lines.Any(l => l.ProductId == p)).ToList();
                if (products.Count == products.Distinct().Count())
                {
                    bruteForce = Math.Min(bruteForce, Engine(list, subset).Price(cart).Totals.Total);
                }
            }
            Assert.Equal(bruteForce, result.Totals.Total);
            Assert.Null(result.SearchNote);
            var shuffled = deals.OrderBy(_ => random.Next()).ToList();
            Assert.Equal(Serialize(result), Serialize(Engine(list, shuffled).Price(cart)));

            greedyWrong += Engine(list, deals, Greedy).Price(cart).Totals.Total > result.Totals.Total ? 1 : 0;
        }
        Assert.True(greedyWrong > 0, "no cart where greedy is wrong");
    }

    [Fact]
    public void AboveTheBound_TheSearchFallsBackToGreedy_AndSaysSo()
    {
        var list = List(("p1", 100m), ("p2", 100m));
        var cart = Cart(Line("l1", "p1"), Line("l2", "p2"));
        var exclusives = Enumerable.Range(0, 17).Select(k => PercentOff($"x{k:00}", 10m + k, ConcurrencyMode.Exclusive).ForProducts(k % 2 == 0 ? "p1" : "p2"));

        var result = Price(cart, list, exclusives);

        Assert.Equal(100m - 26m + 100m - 25m, result.Totals.Total);
        Assert.Contains("more than 16", result.SearchNote);
    }

    private static readonly string[] Products = ["p1", "p2", "p3", "p4", "p5"];

    private static string[] RandomProducts(Random random)
    {
        var count = random.Next(1, 4);
        return [.. Products.OrderBy(_ => random.Next()).Take(count).Order()];
    }

    private static (PriceList List, PricingCart Cart) RandomCart(Random random)
    {
        var list = List([.. Products.Select(p => (p, (decimal)random.Next(10, 120)))]);
        var lines = Products.Take(random.Next(3, 6)).Select((p, i) => Line($"l{i}", p, random.Next(1, 4))).ToArray();
        return (list, Cart(lines));
    }
}
