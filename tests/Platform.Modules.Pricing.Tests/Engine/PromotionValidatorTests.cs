using Platform.Modules.Pricing.Engine.Promotions;
using static Platform.Modules.Pricing.Tests.Engine.Quotes;

namespace Platform.Modules.Pricing.Tests.Engine;

public sealed class PromotionValidatorTests
{
    private static IEnumerable<string> Fields(PromotionDefinition d) => PromotionValidator.Validate(d).Select(e => e.Field);

    [Fact]
    public void ValidDefinitions_HaveNoErrors()
    {
        Assert.Empty(PromotionValidator.Validate(PercentOff("p", 10m)));
        Assert.Empty(PromotionValidator.Validate(Threshold("t", 300m, 50m, repeating: true)));
        Assert.All(RandomCatalog.Create(1, 90).Promotions, d => Assert.Empty(PromotionValidator.Validate(d)));
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(0)]
    [InlineData(100.01)]
    public void PercentOutsideZeroToHundred_IsRejected(double percent)
    {
        Assert.Contains("directCut.percentOff", Fields(PercentOff("p", (decimal)percent)));
    }

    [Fact]
    public void NegativeAmounts_AreRejected()
    {
        var d = Promo("p", PromotionKind.DirectCut) with { DirectCut = new DirectCutParameters(AmountOffPerUnit: -1m) };

        Assert.Contains("directCut.amountOffPerUnit", Fields(d));
    }

    [Fact]
    public void EndBeforeStart_IsRejected()
    {
        Assert.Contains("endsAt", Fields(PercentOff("p", 10m) with { EndsAt = Now.AddDays(-2) }));
    }

    [Fact]
    public void MissingKindParameters_NameTheParameterObject()
    {
        var error = Assert.Single(PromotionValidator.Validate(Promo("p", PromotionKind.Multibuy)));

        Assert.Equal("multibuy", error.Field);
    }

    [Fact]
    public void ParametersOfAnotherKind_AreRejected()
    {
        Assert.Contains("coupon", Fields(PercentOff("p", 10m) with { Coupon = new CouponParameters(["X"], AmountOff: 1m) }));
    }

    [Fact]
    public void PercentAndAmountBothSet_IsContradictory()
    {
        var d = Promo("p", PromotionKind.DirectCut) with { DirectCut = new DirectCutParameters(PercentOff: 10m, AmountOffPerUnit: 5m) };

        var error = Assert.Single(PromotionValidator.Validate(d));
        Assert.Equal("directCut", error.Field);
        Assert.Contains("only one", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatingThresholdWithSeveralTiers_IsContradictory()
    {
        var d = Promo("t", PromotionKind.Threshold) with
        {
            Threshold = new ThresholdParameters([new(100m, AmountOff: 10m), new(200m, PercentOff: 5m)], Repeating: true),
        };

        var fields = Fields(d).ToList();
        Assert.Contains("threshold.tiers", fields);
        Assert.Contains("threshold.tiers[1].percentOff", fields);
    }

    [Fact]
    public void TiersOutOfOrder_AreRejected()
    {
        var d = Promo("t", PromotionKind.Threshold) with { Threshold = new ThresholdParameters([new(200m, AmountOff: 10m), new(100m, AmountOff: 5m)]) };

        Assert.Contains("threshold.tiers[1].threshold", Fields(d));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void MultibuyWithNonPositiveN_IsRejected(int n)
    {
        var d = Promo("m", PromotionKind.Multibuy) with { Multibuy = new MultibuyParameters(n, 1) };

        Assert.Contains("multibuy.buyQuantity", Fields(d));
    }

    [Fact]
    public void MultibuyWithBothFormsOrNeither_IsRejected()
    {
        Assert.Contains("multibuy", Fields(Promo("m", PromotionKind.Multibuy) with { Multibuy = new MultibuyParameters(2, 1, GroupPrice: 10m) }));
        Assert.Contains("multibuy", Fields(Promo("m", PromotionKind.Multibuy) with { Multibuy = new MultibuyParameters(2) }));
    }

    [Fact]
    public void AmountsWithoutCurrency_AreRejected()
    {
        Assert.Contains("currency", Fields(Threshold("t", 300m, 50m) with { Currency = null }));
        Assert.DoesNotContain("currency", Fields(PercentOff("p", 10m) with { Currency = null }));
    }

    [Fact]
    public void PresaleMultiplierBelowOne_AndFlashLimitZero_AreRejected()
    {
        Assert.Contains("presaleDeposit.multiplier", Fields(Promo("d", PromotionKind.PresaleDeposit) with { PresaleDeposit = new PresaleDepositParameters(100m, 0.5m) }));
        Assert.Contains("flashSale.perCustomerLimit", Fields(Promo("f", PromotionKind.FlashSale) with { FlashSale = new FlashSaleParameters(PercentOff: 10m, PerCustomerLimit: 0) }));
    }
}
