using Platform.Modules.Pricing.Engine;
using Platform.Modules.Pricing.Engine.Batch;
using Platform.Modules.Pricing.Engine.Carts;
using Platform.Modules.Pricing.Engine.Prices;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Engine.Stacking;
using static Platform.Modules.Pricing.Tests.Engine.Quotes;

namespace Platform.Modules.Pricing.Tests.Engine;

public sealed class CatalogRepricerTests
{
    [Theory]
    [InlineData(CompoundingMode.Sequential)]
    [InlineData(CompoundingMode.OnOriginal)]
    public void BatchPrices_EqualTheEnginesOneUnitCart_ForUnitPriceDirectCuts(CompoundingMode mode)
    {
        var catalog = RandomCatalog.Create(seed: 5, promotions: 1000);
        var cuts = catalog.Promotions.Where(p => p.Kind == PromotionKind.DirectCut && p.Layer == PromotionLayer.UnitPrice).ToArray();
        var book = PriceBook.Build([catalog.List], [], []);
        var policy = PricingPolicy.Default with { Compounding = mode };
        var engine = new PricingEngine(book, PromotionIndex.Build(cuts), policy);
        var sale = new CatalogSale { Currency = "CNY", At = Now, ChannelId = "online" };
        var repricer = new CatalogRepricer(book, PromotionIndex.Build(catalog.Promotions), policy, sale);
        var items = Enumerable.Range(0, 220).Select(i => new CatalogItem(RandomCatalog.Product(i), RandomCatalog.Category(i), RandomCatalog.ProductLine(i))).ToArray();
        var prices = new CatalogPrice[items.Length];

        repricer.Reprice(items, prices);

        var discounted = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var cart = Cart(new CartLine("l", items[i].ProductId, 1, items[i].CategoryId, items[i].ProductLineId)) with { ChannelId = "online" };
            var expected = engine.Price(cart);
            Assert.Equal(expected.IsComplete, prices[i].IsPriced);
            Assert.Equal(expected.Totals.Subtotal, prices[i].BaseUnitPrice);
            Assert.Equal(expected.Totals.Total, prices[i].UnitPrice);
            discounted += prices[i].UnitPrice < prices[i].BaseUnitPrice ? 1 : 0;
        }
        Assert.True(discounted > 20, $"only {discounted} items discounted");
    }

    [Fact]
    public void UnknownProduct_IsUnpriced()
    {
        var repricer = new CatalogRepricer(PriceBook.Build([List(("p1", 10m))], [], []), PromotionIndex.Empty, PricingPolicy.Default, new CatalogSale { Currency = "CNY", At = Now });

        Assert.False(repricer.Price(new CatalogItem("nope")).IsPriced);
        Assert.Equal(new CatalogPrice(true, 10m, 10m), repricer.Price(new CatalogItem("p1")));
    }
}
