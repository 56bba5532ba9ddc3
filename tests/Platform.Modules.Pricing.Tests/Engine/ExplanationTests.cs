using Platform.Modules.Pricing.Engine.Explanation;
using Platform.Modules.Pricing.Engine.Prices;
using Platform.Modules.Pricing.Engine.Promotions;
using static Platform.Modules.Pricing.Tests.Engine.Quotes;

namespace Platform.Modules.Pricing.Tests.Engine;

public sealed class ExplanationTests
{
    [Fact]
    public void OutOfWindowPromotions_AreExplained()
    {
        var expired = PercentOff("expired", 10m) with { StartsAt = Now.AddDays(-10), EndsAt = Now };
        var future = PercentOff("future", 10m) with { StartsAt = Now.AddTicks(1), EndsAt = null };

        var result = Price(Cart(Line("l1", "p1")), List(("p1", 100m)), expired, future);

        Assert.Equal(100m, result.Totals.Total);
        Assert.Equal(NotAppliedReason.OutsideWindow, result.NotApplied("expired").Reason);
        Assert.Equal(NotAppliedReason.OutsideWindow, result.NotApplied("future").Reason);
        Assert.Contains("outside its window", result.NotApplied("future").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Window_IsComparedInUtc()
    {
        // Starts at 12:00+08:00 = 04:00 UTC, before the quote's 10:00 UTC.
        var promotion = PercentOff("p", 10m) with { StartsAt = new DateTimeOffset(2026, 6, 18, 12, 0, 0, TimeSpan.FromHours(8)) };

        Assert.Equal(90m, Price(Cart(Line("l1", "p1")), List(("p1", 100m)), promotion).Totals.Total);
    }

    [Theory]
    [InlineData("channel", NotAppliedReason.ChannelNotApplicable)]
    [InlineData("group", NotAppliedReason.CustomerGroupNotApplicable)]
    [InlineData("tier", NotAppliedReason.CustomerTierNotApplicable)]
    [InlineData("region", NotAppliedReason.RegionNotApplicable)]
    [InlineData("store", NotAppliedReason.StoreNotApplicable)]
    public void InapplicablePromotions_NameTheDimension(string dimension, NotAppliedReason expected)
    {
        var only = dimension switch
        {
            "channel" => new PromotionApplicability { Channels = ["store"] },
            "group" => new PromotionApplicability { CustomerGroups = ["vip"] },
            "tier" => new PromotionApplicability { CustomerTiers = ["gold"] },
            "region" => new PromotionApplicability { RegionIds = ["north"] },
            _ => new PromotionApplicability { StoreIds = ["s9"] },
        };
        var cart = Cart(Line("l1", "p1")) with { ChannelId = "online", CustomerGroupId = "retail", CustomerTier = "silver", RegionId = "east", StoreId = "s1" };

        var result = Price(cart, List(("p1", 100m)), PercentOff("p", 10m) with { Applicability = only });

        Assert.Equal(expected, result.NotApplied("p").Reason);
        Assert.Equal(["l1"], result.NotApplied("p").LineIds);
    }

    [Fact]
    public void PromotionsOfOtherProducts_AreNotListed()
    {
        var result = Price(Cart(Line("l1", "p1")), List(("p1", 100m)),
            PercentOff("other", 10m).ForProducts("p2"),
            PercentOff("category", 10m) with { Applicability = new PromotionApplicability { Categories = ["shoes"] } });

        Assert.Empty(result.Applied);
        Assert.Empty(result.NotApplied);
    }

    [Fact]
    public void Lines_CarryBasePriceSourceAndEachDiscount()
    {
        var result = Price(Cart(Line("l1", "p1", 3)), List(("p1", 100m)), PercentOff("p", 10m), Threshold("t", 200m, 20m));

        var line = Assert.Single(result.Lines);
        Assert.Equal(100m, line.BasePrice.UnitPrice);
        Assert.Equal(PriceSourceKind.PriceList, line.BasePrice.Source.Kind);
        Assert.Equal("base", line.BasePrice.Source.PriceListId);
        Assert.Equal(300m, line.BaseAmount);
        Assert.Equal([("p", 30m), ("t", 20m)], line.Discounts.Select(d => (d.PromotionId, d.Amount)));
        Assert.Equal(250m, line.NetAmount);
        Assert.Equal(30m, result.Totals.DiscountsByLayer.Single(l => l.Layer == PromotionLayer.UnitPrice).Amount);
        Assert.Equal(20m, result.Totals.DiscountsByLayer.Single(l => l.Layer == PromotionLayer.OrderThreshold).Amount);
    }
}
