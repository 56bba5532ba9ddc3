using Platform.Modules.Pricing.Engine.Explanation;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Engine.Stacking;
using static Platform.Modules.Pricing.Tests.Engine.Quotes;

namespace Platform.Modules.Pricing.Tests.Engine;

public sealed class StackingTests
{
    [Theory]
    [InlineData(CompoundingMode.Sequential, 72.00)]
    [InlineData(CompoundingMode.OnOriginal, 70.00)]
    public void Compound10Then20PercentOn100(CompoundingMode mode, double expected)
    {
        var result = Price(Cart(Line("l1", "p1")), List(("p1", 100m)),
            [PercentOff("ten", 10m, priority: 2), PercentOff("twenty", 20m, priority: 1)],
            PricingPolicy.Default with { Compounding = mode });

        Assert.Equal((decimal)expected, result.Totals.Total);
        Assert.Equal(["ten", "twenty"], result.Lines[0].Discounts.Select(d => d.PromotionId));
    }

    [Fact]
    public void TwoExclusives15And25PlusCompound10_OnALineOf100_CustomerPays75()
    {
        var result = Price(Cart(Line("l1", "p1")), List(("p1", 100m)),
            PercentOff("ex15", 15m, ConcurrencyMode.Exclusive),
            PercentOff("ex25", 25m, ConcurrencyMode.Exclusive),
            PercentOff("c10", 10m));

        Assert.Equal(75.00m, result.Totals.Total);
        Assert.Equal("ex25", Assert.Single(result.Applied).PromotionId);
        Assert.Equal(NotAppliedReason.ExcludedByExclusive, result.NotApplied("c10").Reason);
        Assert.Equal("ex25", result.NotApplied("c10").ByPromotionId);
        Assert.Equal(NotAppliedReason.ExcludedByExclusive, result.NotApplied("ex15").Reason);
    }

    [Fact]
    public void Exclusive_LosesToABetterStack_AndSaysSo()
    {
        var result = Price(Cart(Line("l1", "p1")), List(("p1", 100m)),
            PercentOff("ex15", 15m, ConcurrencyMode.Exclusive),
            PercentOff("c10", 10m),
            PercentOff("c10b", 10m, layer: PromotionLayer.Member));

        Assert.Equal(81.00m, result.Totals.Total);
        Assert.Equal(NotAppliedReason.BetterDealWithout, result.NotApplied("ex15").Reason);
    }

    [Fact]
    public void LineLevelExclusives_OnDisjointLines_BothApply()
    {
        var result = Price(Cart(Line("l1", "p1"), Line("l2", "p2")), List(("p1", 100m), ("p2", 100m)),
            PercentOff("ex-a", 30m, ConcurrencyMode.Exclusive).ForProducts("p1"),
            PercentOff("ex-b", 20m, ConcurrencyMode.Exclusive).ForProducts("p2"),
            PercentOff("c10", 10m));

        Assert.Equal(150.00m, result.Totals.Total);
        Assert.Equal(["ex-a", "ex-b"], result.Applied.Select(a => a.PromotionId));
    }

    [Fact]
    public void OrderLevelExclusive_ExcludesEveryOtherPromotion()
    {
        var exclusiveThreshold = Threshold("t-ex", 100m, 60m) with { Mode = ConcurrencyMode.Exclusive };
        var result = Price(Cart(Line("l1", "p1"), Line("l2", "p2")), List(("p1", 100m), ("p2", 100m)),
            exclusiveThreshold, PercentOff("c10", 10m).ForProducts("p1"), PercentOff("c20", 20m).ForProducts("p2"));

        Assert.Equal(140.00m, result.Totals.Total);
        Assert.Equal("t-ex", Assert.Single(result.Applied).PromotionId);
        Assert.Equal("t-ex", result.NotApplied("c10").ByPromotionId);
        Assert.Equal("t-ex", result.NotApplied("c20").ByPromotionId);
    }

    [Fact]
    public void ListThenSpecialPriceThenThresholdThenCoupon_200_180_170_160()
    {
        var special = Promo("special", PromotionKind.DirectCut) with { DirectCut = new DirectCutParameters(SpecialUnitPrice: 180m) };
        var threshold = Threshold("m100-10", 100m, 10m);
        var coupon = Promo("coupon", PromotionKind.Coupon, layer: PromotionLayer.Coupon) with { Coupon = new CouponParameters(["SAVE10"], 150m, AmountOff: 10m) };

        var result = Price(Cart(Line("l1", "p1")) with { CouponCodes = ["SAVE10"] }, List(("p1", 200m)), special, threshold, coupon);

        Assert.Equal(200m, result.Totals.Subtotal);
        Assert.Equal([20m, 0m, 10m, 10m, 0m], result.Totals.DiscountsByLayer.Select(l => l.Amount));
        Assert.Equal(160m, result.Totals.Total);
        Assert.Equal([20m, 10m, 10m], result.Lines[0].Discounts.Select(d => d.Amount));
    }

    [Fact]
    public void CouponThreshold_IsMeasuredAfterEarlierLayers()
    {
        var special = Promo("special", PromotionKind.DirectCut) with { DirectCut = new DirectCutParameters(SpecialUnitPrice: 140m) };
        var coupon = Promo("coupon", PromotionKind.Coupon, layer: PromotionLayer.Coupon) with { Coupon = new CouponParameters(["SAVE10"], 150m, AmountOff: 10m) };

        var result = Price(Cart(Line("l1", "p1")) with { CouponCodes = ["SAVE10"] }, List(("p1", 200m)), special, coupon);

        Assert.Equal(140m, result.Totals.Total);
        Assert.Equal(NotAppliedReason.ThresholdNotMet, result.NotApplied("coupon").Reason);
        Assert.Equal(10m, result.NotApplied("coupon").MissingAmount);
    }

    [Fact]
    public void CouponNotPresented_IsNotConsidered()
    {
        var coupon = Promo("coupon", PromotionKind.Coupon, layer: PromotionLayer.Coupon) with { Coupon = new CouponParameters(["SAVE10"], AmountOff: 10m) };

        var result = Price(Cart(Line("l1", "p1")), List(("p1", 200m)), coupon);

        Assert.Empty(result.Applied);
        Assert.Empty(result.NotApplied);
    }

    [Fact]
    public void BestPrice_OnlyTheBestForTheCustomerAppliesPerLine()
    {
        var result = Price(Cart(Line("l1", "p1"), Line("l2", "p2")), List(("p1", 100m), ("p2", 100m)),
            PercentOff("bp10-all", 10m, ConcurrencyMode.BestPrice),
            PercentOff("bp15-p1", 15m, ConcurrencyMode.BestPrice).ForProducts("p1"),
            PercentOff("c5", 5m, priority: -1));

        Assert.Equal(["bp15-p1", "c5"], result.Lines[0].Discounts.Select(d => d.PromotionId));
        Assert.Equal(["bp10-all", "c5"], result.Lines[1].Discounts.Select(d => d.PromotionId));
        Assert.Equal(80.75m + 85.50m, result.Totals.Total);
    }

    [Fact]
    public void BestPrice_Loser_IsExplainedWithTheWinner()
    {
        var result = Price(Cart(Line("l1", "p1")), List(("p1", 100m)),
            PercentOff("bp10", 10m, ConcurrencyMode.BestPrice, priority: 5),
            PercentOff("bp12", 12m, ConcurrencyMode.BestPrice));

        Assert.Equal(88m, result.Totals.Total);
        var loser = result.NotApplied("bp10");
        Assert.Equal(NotAppliedReason.BeatenByBestPrice, loser.Reason);
        Assert.Equal("bp12", loser.ByPromotionId);
    }

    [Fact]
    public void BestPrice_TieGoesToHigherPriorityThenLowerId()
    {
        var result = Price(Cart(Line("l1", "p1")), List(("p1", 100m)),
            PercentOff("b", 10m, ConcurrencyMode.BestPrice, priority: 1),
            PercentOff("a", 10m, ConcurrencyMode.BestPrice, priority: 1),
            PercentOff("c", 10m, ConcurrencyMode.BestPrice, priority: 0));

        Assert.Equal("a", Assert.Single(result.Applied).PromotionId);
    }

    [Theory]
    [InlineData(CompoundingMode.Sequential)]
    [InlineData(CompoundingMode.OnOriginal)]
    public void NoLineEverGoesBelowZero(CompoundingMode mode)
    {
        var amountOff = Promo("off80", PromotionKind.DirectCut) with { DirectCut = new DirectCutParameters(AmountOffPerUnit: 80m) };
        var result = Price(Cart(Line("l1", "p1"), Line("l2", "p2")), List(("p1", 100m), ("p2", 10m)),
            [amountOff, PercentOff("p60", 60m), Threshold("t", 5m, 500m)],
            PricingPolicy.Default with { Compounding = mode });

        Assert.All(result.Lines, l => Assert.True(l.NetAmount >= 0m));
        Assert.Equal(0m, result.Totals.Total);
        Assert.Equal(result.Totals.Subtotal, result.Totals.TotalDiscount);
    }
}
