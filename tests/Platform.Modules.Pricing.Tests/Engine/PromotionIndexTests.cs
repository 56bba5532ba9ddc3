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
