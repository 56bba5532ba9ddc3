using Platform.Modules.Pricing.Engine.Explanation;
using Platform.Modules.Pricing.Engine.Prices;
using Platform.Modules.Pricing.Engine.Promotions;
using static Platform.Modules.Pricing.Tests.Engine.Quotes;

namespace Platform.Modules.Pricing.Tests.Engine;

public sealed class ThresholdAndGiftTests
{
    [Theory]
    [InlineData(false, 50)]
    [InlineData(true, 100)]
    public void CartOf650_Spend300Save50_OnceOrPerFull300(bool repeating, double expectedOff)
    {
        var result = Price(Cart(Line("l1", "p1"), Line("l2", "p2")), List(("p1", 400m), ("p2", 250m)), Threshold("t", 300m, 50m, repeating));

        Assert.Equal(650m, result.Totals.Subtotal);
        Assert.Equal((decimal)expectedOff, result.Totals.TotalDiscount);
        Assert.Equal((decimal)expectedOff, result.Applied("t").Amount);
    }

    [Fact]
    public void Tiers_HighestReachedApplies()
    {
        var tiers = Promo("t", PromotionKind.Threshold, layer: PromotionLayer.OrderThreshold) with
        {
            Threshold = new ThresholdParameters([new(100m, AmountOff: 10m), new(300m, AmountOff: 40m), new(500m, PercentOff: 10m)]),
        };

        Assert.Equal(40m, Price(Cart(Line("l1", "p1", 4)), List(("p1", 100m)), tiers).Totals.TotalDiscount);
        Assert.Equal(60m, Price(Cart(Line("l1", "p1", 6)), List(("p1", 100m)), tiers).Totals.TotalDiscount);
    }

    [Fact]
    public void ThresholdNotMet_SaysHowMuchIsMissing()
    {
        var result = Price(Cart(Line("l1", "p1")), List(("p1", 120m)), Threshold("t", 300m, 50m));

        var reason = result.NotApplied("t");
        Assert.Equal(NotAppliedReason.ThresholdNotMet, reason.Reason);
        Assert.Equal(180m, reason.MissingAmount);
        Assert.Contains("180", reason.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Threshold_OnlyEligibleLinesCount()
    {
        var result = Price(Cart(Line("l1", "p1"), Line("l2", "p2")), List(("p1", 200m), ("p2", 200m)), Threshold("t", 300m, 50m).ForProducts("p1"));

        Assert.Equal(100m, result.NotApplied("t").MissingAmount);
    }

    [Fact]
    public void Gift_AddsAZeroPricedLine_ThatNeverCountsTowardAThreshold()
    {
        var gift = Promo("gift", PromotionKind.Gift, layer: PromotionLayer.OrderThreshold, priority: 1) with { Gift = new GiftParameters(100m, "mug", 2) };
        // The gift product is in the catalog at 90: were it counted, 230 would reach the 300 coupon threshold... it must not.
        var coupon = Promo("coupon", PromotionKind.Coupon, layer: PromotionLayer.Coupon) with { Coupon = new CouponParameters(["C"], 300m, AmountOff: 30m) };

        var result = Price(Cart(Line("l1", "p1")) with { CouponCodes = ["C"] }, List(("p1", 230m), ("mug", 90m)), gift, coupon);

        var giftLine = Assert.Single(result.Lines, l => l.GiftOfPromotionId == "gift");
        Assert.Equal("mug", giftLine.ProductId);
        Assert.Equal(2, giftLine.Quantity);
        Assert.Equal(0m, giftLine.NetAmount);
        Assert.Equal(PriceSourceKind.Gift, giftLine.BasePrice.Source.Kind);
        Assert.Equal(230m, result.Totals.Subtotal);
        Assert.Equal(230m, result.Totals.Total);
        Assert.Equal(70m, result.NotApplied("coupon").MissingAmount);
    }

    [Fact]
    public void Gift_BelowThreshold_IsNotAdded()
    {
        var gift = Promo("gift", PromotionKind.Gift, layer: PromotionLayer.OrderThreshold) with { Gift = new GiftParameters(300m, "mug") };

        var result = Price(Cart(Line("l1", "p1")), List(("p1", 230m)), gift);

        Assert.Single(result.Lines);
        Assert.Equal(NotAppliedReason.ThresholdNotMet, result.NotApplied("gift").Reason);
    }

    [Fact]
    public void OrderDiscount_IsAllocatedProRata_SummingExactlyWithOddCents()
    {
        var result = Price(Cart(Line("a", "p1"), Line("b", "p2"), Line("c", "p3")), List(("p1", 10m), ("p2", 10m), ("p3", 10m)), Threshold("t", 30m, 10m));

        var shares = result.Lines.Select(l => l.Discounts.Single().Amount).ToArray();
        Assert.Equal(10m, shares.Sum());
        // 10 / 3 = 3.333…: each gets 3.33, the left-over cent goes to the first of the equal remainders.
        Assert.Equal([3.34m, 3.33m, 3.33m], shares);
    }

    [Fact]
    public void OrderDiscount_AllocationFollowsTheLineAmounts()
    {
        var result = Price(Cart(Line("a", "p1"), Line("b", "p2"), Line("c", "p3")), List(("p1", 19.99m), ("p2", 33.33m), ("p3", 47.01m)), Threshold("t", 50m, 7.77m));

        var shares = result.Lines.Select(l => l.Discounts.Single().Amount).ToArray();
        Assert.Equal(7.77m, shares.Sum());
        // Exact: 1.548…, 2.581…, 3.640…; truncated 1.54 + 2.58 + 3.64 = 7.76; the cent goes to the largest remainder (1.548).
        Assert.Equal([1.55m, 2.58m, 3.64m], shares);
    }
}
