using Platform.Modules.Pricing.Engine;
using Platform.Modules.Pricing.Engine.Money;
using Platform.Modules.Pricing.Engine.Prices;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Engine.Stacking;
using static Platform.Modules.Pricing.Tests.Engine.Quotes;

namespace Platform.Modules.Pricing.Tests.Engine;

public sealed class DeterminismAndRoundingTests
{
    [Fact]
    public void SameInputTwice_AndShuffledPromotionOrder_GiveIdenticalResults()
    {
        var catalog = RandomCatalog.Create(seed: 7, promotions: 300);
        var carts = Enumerable.Range(0, 20).Select(i => RandomCatalog.RandomCart(new Random(100 + i))).ToList();
        var shuffled = catalog.Promotions.ToArray();
        new Random(3).Shuffle(shuffled);
        var engine = catalog.Engine(catalog.Promotions);
        var shuffledEngine = catalog.Engine(shuffled);

        foreach (var cart in carts)
        {
            var first = Serialize(engine.Price(cart));
            Assert.Equal(first, Serialize(engine.Price(cart)));
            Assert.Equal(first, Serialize(shuffledEngine.Price(cart)));
        }
    }

    [Fact]
    public void ZeroDecimalCurrency_RoundsEveryAmountToWholeUnits()
    {
        var policy = PricingPolicy.Default with
        {
            Rounding = new RoundingPolicy(new Dictionary<string, CurrencyRounding> { ["JPY"] = new(0, MidpointRounding.AwayFromZero) }),
        };
        var list = new PriceList("jp", "JP", PriceScope.Any, "JPY", null, null, 0, new Dictionary<string, decimal> { ["p1"] = 333m, ["p2"] = 333m, ["p3"] = 335m });
        var cart = Cart(Line("a", "p1"), Line("b", "p2"), Line("c", "p3")) with { Currency = "JPY" };
        var percent = PercentOff("p", 15m) with { Currency = null };
        var threshold = Threshold("t", 100m, 100m) with { Currency = "JPY" };

        var result = Price(cart, list, [percent, threshold], policy);

        // 15% of 333 = 49.95 → 50; of 335 = 50.25 → 50. Threshold 100 over 283/283/285: 33/33/34 with largest remainder.
        Assert.All(result.Lines.SelectMany(l => l.Discounts), d => Assert.Equal(decimal.Round(d.Amount), d.Amount));
        Assert.Equal([50m, 50m, 50m], result.Lines.Select(l => l.Discounts[0].Amount));
        Assert.Equal(100m, result.Lines.Sum(l => l.Discounts[1].Amount));
        Assert.Equal(1001m - 150m - 100m, result.Totals.Total);
    }

    [Theory]
    [InlineData(MidpointRounding.AwayFromZero, 0.13)]
    [InlineData(MidpointRounding.ToEven, 0.12)]
    public void MidpointRule_IsTheCurrencys(MidpointRounding midpoint, double expected)
    {
        var policy = PricingPolicy.Default with { Rounding = new RoundingPolicy(fallback: new CurrencyRounding(2, midpoint)) };

        // 50% of 0.25 = 0.125.
        var result = Price(Cart(Line("l1", "p1")), List(("p1", 0.25m)), [PercentOff("half", 50m)], policy);

        Assert.Equal((decimal)expected, result.Lines[0].Discounts[0].Amount);
    }

    [Fact]
    public void ProRataAllocator_PartsAlwaysSumToTheAmount()
    {
        var random = new Random(11);
        for (var round = 0; round < 500; round++)
        {
            var count = random.Next(1, 12);
            var weights = Enumerable.Range(0, count).Select(_ => (long)random.Next(0, 100_000)).ToArray();
            var total = weights.Sum();
            var amount = Math.Min(total, random.Next(0, 50_000));
            var parts = new long[count];

            ProRataAllocator.Allocate(amount, weights, Enumerable.Range(0, count).ToArray(), parts);

            Assert.Equal(total == 0 ? 0 : amount, parts.Sum());
            Assert.All(parts.Zip(weights), p => Assert.InRange(p.First, 0, p.Second));
        }
    }

    [Fact]
    public void ProRataAllocator_LeftOverUnitsGoToTheLargestRemainders()
    {
        var parts = new long[3];

        // 777 over 1999 / 3333 / 4701: exact 154.81 / 258.12 / 364.07.
        ProRataAllocator.Allocate(777, [1999, 3333, 4701], [0, 1, 2], parts);

        Assert.Equal([155L, 258L, 364L], parts);
    }
}
