using Platform.Modules.Pricing.Engine;
using Platform.Modules.Pricing.Engine.Carts;
using Platform.Modules.Pricing.Engine.Prices;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Engine.Stacking;
using static Platform.Modules.Pricing.Tests.Engine.Quotes;

namespace Platform.Modules.Pricing.Tests.Engine;

public sealed class BasePriceTests
{
    private static BasePrice BaseOf(PriceBook book, PricingCart cart) =>
        Assert.Single(new PricingEngine(book, PromotionIndex.Empty, PricingPolicy.Default).Price(cart).Lines).BasePrice;

    private static PriceList ListOf(string id, PriceScope scope, int priority, decimal price, string currency = "CNY", DateTimeOffset? from = null, DateTimeOffset? to = null) =>
        new(id, id, scope, currency, from, to, priority, new Dictionary<string, decimal> { ["p1"] = price });

    [Fact]
    public void CostPlus_Cost75Margin30Percent_Is97_50()
    {
        var book = PriceBook.Build([List(("p1", 120m))],
            [new PricingMethodAssignment { ProductId = "p1", Method = PricingMethodKind.CostPlus, MarginPercent = 30m }],
            [new ProductPricingInputs { ProductId = "p1", Cost = 75m }]);

        var price = BaseOf(book, Cart(Line("l1", "p1")));

        Assert.Equal(97.50m, price.UnitPrice);
        Assert.Equal(PriceSourceKind.CostPlus, price.Source.Kind);
        Assert.Equal(75m, price.Source.Inputs["cost"]);
        Assert.Equal(30m, price.Source.Inputs["marginPercent"]);
    }

    [Fact]
    public void ProductMethod_WinsOverCategoryMethod()
    {
        var book = PriceBook.Build([List(("p1", 120m))],
            [
                new PricingMethodAssignment { CategoryId = "c1", Method = PricingMethodKind.ValueBased, ValueSharePercent = 10m },
                new PricingMethodAssignment { ProductId = "p1", Method = PricingMethodKind.CostPlus, MarginPercent = 30m },
            ],
            [new ProductPricingInputs { ProductId = "p1", Cost = 75m, ValueMetric = 1000m }, new ProductPricingInputs { ProductId = "p2", ValueMetric = 1000m }]);

        Assert.Equal(97.50m, BaseOf(book, Cart(Line("l1", "p1", category: "c1"))).UnitPrice);
        Assert.Equal(100m, BaseOf(book, Cart(Line("l1", "p2", category: "c1"))).UnitPrice);
    }

    [Fact]
    public void ValueBased_IsValueTimesShare()
    {
        var book = PriceBook.Build([],
            [new PricingMethodAssignment { ProductId = "p1", Method = PricingMethodKind.ValueBased, ValueSharePercent = 25m }],
            [new ProductPricingInputs { ProductId = "p1", ValueMetric = 1000m }]);

        var price = BaseOf(book, Cart(Line("l1", "p1")));

        Assert.Equal(250m, price.UnitPrice);
        Assert.Equal(PriceSourceKind.ValueBased, price.Source.Kind);
    }

    [Theory]
    [InlineData(CompetitorAggregate.Lowest, CompetitorPosition.Below, null, 5.0, 85.50)]   // 90 − 5%
    [InlineData(CompetitorAggregate.Average, CompetitorPosition.At, null, null, 100.00)]   // (90 + 110) / 2
    [InlineData(CompetitorAggregate.Highest, CompetitorPosition.Above, 2.0, null, 112.00)] // 110 + 2
    public void Competition_AggregatesCompetitorsThenPositions(CompetitorAggregate aggregate, CompetitorPosition position, double? amount, double? percent, double expected)
    {
        var rule = new CompetitionRule(position, aggregate, (decimal?)amount, (decimal?)percent);
        var book = PriceBook.Build([List(("p1", 120m))],
            [new PricingMethodAssignment { ProductId = "p1", Method = PricingMethodKind.Competition, Competition = rule }],
            [new ProductPricingInputs { ProductId = "p1", CompetitorPrices = [new("jd", 90m), new("tmall", 110m)] }]);

        var price = BaseOf(book, Cart(Line("l1", "p1")));

        Assert.Equal((decimal)expected, price.UnitPrice);
        Assert.Equal(PriceSourceKind.Competition, price.Source.Kind);
        Assert.Equal(90m, price.Source.Inputs["competitor:jd"]);
    }

    [Fact]
    public void Competition_WithoutCompetitorPrices_FallsBackToTheListPriceAndSaysSo()
    {
        var book = PriceBook.Build([List(("p1", 120m))],
            [new PricingMethodAssignment { ProductId = "p1", Method = PricingMethodKind.Competition, Competition = new(CompetitorPosition.Below, CompetitorAggregate.Lowest, 1m) }],
            []);

        var price = BaseOf(book, Cart(Line("l1", "p1")));

        Assert.Equal(120m, price.UnitPrice);
        Assert.Equal(PriceSourceKind.PriceList, price.Source.Kind);
        Assert.Contains("fell back to the list price", price.Source.Text, StringComparison.Ordinal);
        Assert.Contains("no competitor price", price.Source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ListSelection_MostSpecificThenPriorityThenId()
    {
        var book = PriceBook.Build(
            [
                ListOf("any-high", PriceScope.Any, 100, 10m),
                ListOf("channel", new PriceScope(ChannelId: "online"), 0, 20m),
                ListOf("channel-region-b", new PriceScope(ChannelId: "online", RegionId: "east"), 5, 30m),
                ListOf("channel-region-a", new PriceScope(ChannelId: "online", RegionId: "east"), 5, 31m),
                ListOf("channel-region-low", new PriceScope(ChannelId: "online", RegionId: "east"), 1, 32m),
                ListOf("usd", new PriceScope(ChannelId: "online", RegionId: "east", StoreId: "s1"), 9, 99m, currency: "USD"),
            ], [], []);
        var cart = Cart(Line("l1", "p1")) with { ChannelId = "online", RegionId = "east", StoreId = "s1" };

        var price = BaseOf(book, cart);

        Assert.Equal(31m, price.UnitPrice);
        Assert.Equal("channel-region-a", price.Source.PriceListId);
        Assert.Equal(20m, BaseOf(book, cart with { RegionId = "west" }).UnitPrice);
        Assert.Equal(10m, BaseOf(book, cart with { ChannelId = "store" }).UnitPrice);
    }

    [Fact]
    public void ListSelection_IgnoresListsOutsideTheirPeriod_ToIsExclusive()
    {
        var book = PriceBook.Build(
            [
                ListOf("standard", PriceScope.Any, 0, 50m),
                ListOf("june", PriceScope.Any, 10, 40m, from: Now.AddDays(-1), to: Now),
                ListOf("july", PriceScope.Any, 10, 45m, from: Now.AddDays(1)),
            ], [], []);

        Assert.Equal(50m, BaseOf(book, Cart(Line("l1", "p1"))).UnitPrice);
        Assert.Equal(40m, BaseOf(book, Cart(Line("l1", "p1")) with { At = Now.AddHours(-1) }).UnitPrice);
    }

    [Fact]
    public void ProductInNoList_IsUnpricedAndTheQuoteIncomplete()
    {
        var result = new PricingEngine(PriceBook.Empty, PromotionIndex.Empty, PricingPolicy.Default).Price(Cart(Line("l1", "p1")));

        Assert.False(result.IsComplete);
        Assert.Equal(PriceSourceKind.Unpriced, result.Lines[0].BasePrice.Source.Kind);
    }
}
