using Platform.Modules.Pricing.Engine.Explanation;
using Platform.Modules.Pricing.Engine.Promotions;
using static Platform.Modules.Pricing.Tests.Engine.Quotes;

namespace Platform.Modules.Pricing.Tests.Engine;

public sealed class GroupDealTests
{
    private static readonly Platform.Modules.Pricing.Engine.Prices.PriceList Four = List(("a", 20m), ("b", 30m), ("c", 70m), ("d", 80m));

    private static Platform.Modules.Pricing.Engine.Carts.PricingCart FourItems() =>
        Cart(Line("l20", "a"), Line("l30", "b"), Line("l70", "c"), Line("l80", "d"));

    [Fact]
    public void BuyOneGetOneHalfOff_On20_30_70_80_TakesTheCustomersBest45()
    {
        var bogo = Promo("bogo", PromotionKind.Multibuy, layer: PromotionLayer.ItemSubtotal) with { Multibuy = new MultibuyParameters(1, 1, 50m) };

        var result = Price(FourItems(), Four, bogo);

        Assert.Equal(45m, result.Totals.TotalDiscount);
        // Pairs (80, 70) and (30, 20): half off 70 and 20.
        Assert.Equal(35m, result.Lines.Single(l => l.LineId == "l70").Discounts.Single().Amount);
        Assert.Equal(10m, result.Lines.Single(l => l.LineId == "l20").Discounts.Single().Amount);
    }

    [Fact]
    public void BuyTwoGetOneFree_CountsUnitsOfOneLine()
    {
        var b2g1 = Promo("b2g1", PromotionKind.Multibuy) with { Multibuy = new MultibuyParameters(2, 1) };

        var result = Price(Cart(Line("l1", "p1", 7)), List(("p1", 10m)), b2g1);

        Assert.Equal(20m, result.Totals.TotalDiscount);
    }

    [Fact]
    public void ThreeForAPrice_UsesTheMostExpensiveUnits()
    {
        var threeFor100 = Promo("3for100", PromotionKind.Multibuy) with { Multibuy = new MultibuyParameters(3, GroupPrice: 100m) };

        var result = Price(FourItems(), Four, threeFor100);

        // 80 + 70 + 30 = 180 for 100; the 20 is left at its price.
        Assert.Equal(80m, result.Totals.TotalDiscount);
        Assert.Empty(result.Lines.Single(l => l.LineId == "l20").Discounts);
        Assert.Equal(80m, result.Lines.Sum(l => l.Discounts.Sum(d => d.Amount)));
    }

    [Fact]
    public void Multibuy_WithTooFewUnits_SaysHowManyAreMissing()
    {
        var b2g1 = Promo("b2g1", PromotionKind.Multibuy) with { Multibuy = new MultibuyParameters(2, 1) };

        var result = Price(Cart(Line("l1", "p1")), List(("p1", 10m)), b2g1);

        Assert.Equal(NotAppliedReason.QuantityNotMet, result.NotApplied("b2g1").Reason);
        Assert.Equal(2, result.NotApplied("b2g1").MissingQuantity);
    }

    [Fact]
    public void Bundle_AnyTwoOfTheSetCheapestFree()
    {
        var bundle = (Promo("pick2", PromotionKind.Bundle, layer: PromotionLayer.ItemSubtotal) with { Bundle = new BundleParameters(2, CheapestItemPercentOff: 100m) })
            .ForProducts("a", "c", "d");

        var result = Price(FourItems(), Four, bundle);

        // Set units 80, 70, 20: one group (80, 70): 70 free.
        Assert.Equal(70m, result.Totals.TotalDiscount);
    }

    [Fact]
    public void Bundle_DealPrice_SharesTheSavingByValue()
    {
        var bundle = (Promo("set", PromotionKind.Bundle) with { Bundle = new BundleParameters(2, DealPrice: 100m) }).ForProducts("c", "d");

        var result = Price(FourItems(), Four, bundle);

        Assert.Equal(50m, result.Totals.TotalDiscount);
        Assert.Equal(23.33m, result.Lines.Single(l => l.LineId == "l70").Discounts.Single().Amount);
        Assert.Equal(26.67m, result.Lines.Single(l => l.LineId == "l80").Discounts.Single().Amount);
    }

    [Fact]
    public void Bundle_PercentOffEveryUnitOfFullGroups()
    {
        var bundle = Promo("set", PromotionKind.Bundle) with { Bundle = new BundleParameters(3, PercentOff: 10m) };

        var result = Price(FourItems(), Four, bundle);

        Assert.Equal(18m, result.Totals.TotalDiscount);
    }
}
