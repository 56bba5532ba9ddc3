using Platform.Modules.Pricing.Engine.Stacking;
using static Platform.Modules.Pricing.Tests.Engine.Quotes;

namespace Platform.Modules.Pricing.Tests.Engine;

public sealed class PromotionIndexTests
{
    [Theory]
    [InlineData(CompoundingMode.Sequential)]
    [InlineData(CompoundingMode.OnOriginal)]
    public void Index_GivesTheSameResultsAsAScanOfEveryPromotion(CompoundingMode mode)
    {
        var catalog = RandomCatalog.Create(seed: 42, promotions: 1000);
        var engine = catalog.Engine(catalog.Promotions, mode);
        var random = new Random(2026);
        var applied = 0;

        for (var i = 0; i < 300; i++)
        {
            var cart = RandomCatalog.RandomCart(random);

            var indexed = engine.Price(cart, scanAllPromotions: false);
            var scanned = engine.Price(cart, scanAllPromotions: true);

            Assert.Equal(Serialize(scanned), Serialize(indexed));
            Assert.All(indexed.Lines, l => Assert.True(l.NetAmount >= 0m));
            Assert.Equal(indexed.Totals.Subtotal - indexed.Totals.TotalDiscount, indexed.Totals.Total);
            applied += indexed.Applied.Count;
        }
        // The data set exercises the engine: most carts get promotions.
        Assert.True(applied > 300, $"only {applied} promotions applied");
    }

    [Theory]
    [InlineData(CompoundingMode.Sequential)]
    [InlineData(CompoundingMode.OnOriginal)]
    public void SearchShortcuts_GiveTheSameResultsAsEvaluatingEveryExclusive(CompoundingMode mode)
    {
        // Many exclusives per cart, so alternatives share covered lines and order-level exclusives occur.
        var catalog = RandomCatalog.Create(seed: 99, promotions: 1000);
        var exclusiveHeavy = catalog.Promotions.Select((p, i) => i % 2 == 0 ? p with { Mode = Platform.Modules.Pricing.Engine.Promotions.ConcurrencyMode.Exclusive } : p);
        var engine = catalog.Engine(exclusiveHeavy, mode);
        var random = new Random(7);
        var exclusiveWins = 0;

        for (var i = 0; i < 300; i++)
        {
            var cart = RandomCatalog.RandomCart(random);

            var shortcut = engine.Price(cart, scanAllPromotions: false, exhaustiveSearch: false);
            var exhaustive = engine.Price(cart, scanAllPromotions: false, exhaustiveSearch: true);

            Assert.Equal(Serialize(exhaustive), Serialize(shortcut));
            exclusiveWins += shortcut.Applied.Any(a => a.Mode == Platform.Modules.Pricing.Engine.Promotions.ConcurrencyMode.Exclusive) ? 1 : 0;
        }
        Assert.True(exclusiveWins > 30, $"only {exclusiveWins} carts got an exclusive");
    }

    [Fact]
    public void Index_ConsidersOnlyPromotionsTouchingTheCart()
    {
        var catalog = RandomCatalog.Create(seed: 42, promotions: 1000);
        var engine = catalog.Engine(catalog.Promotions);

        var result = engine.Price(Cart(Line("l1", RandomCatalog.Product(1), 1, RandomCatalog.Category(1), RandomCatalog.ProductLine(1))));

        var considered = result.Applied.Count + result.NotApplied.Count;
        Assert.InRange(considered, 1, 300);
    }

    [Fact]
    public void Build_RejectsDuplicateIds()
    {
        Assert.Throws<ArgumentException>(() => Platform.Modules.Pricing.Engine.Promotions.PromotionIndex.Build([PercentOff("a", 10m), PercentOff("a", 20m)]));
    }
}
