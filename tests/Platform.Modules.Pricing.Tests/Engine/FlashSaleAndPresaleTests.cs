using Platform.Modules.Pricing.Engine.Carts;
using Platform.Modules.Pricing.Engine.Explanation;
using Platform.Modules.Pricing.Engine.Promotions;
using static Platform.Modules.Pricing.Tests.Engine.Quotes;

namespace Platform.Modules.Pricing.Tests.Engine;

public sealed class FlashSaleAndPresaleTests
{
    private static readonly PromotionDefinition Flash =
        Promo("flash", PromotionKind.FlashSale) with { FlashSale = new FlashSaleParameters(FlashUnitPrice: 60m, PerCustomerLimit: 3, ReservedStock: 100) };

    private static PricingCart FiveUnits(int alreadyBought, int remainingStock) =>
        Cart(Line("l1", "p1", 5)) with { FlashSales = new Dictionary<string, FlashSaleUsage> { ["flash"] = new(alreadyBought, remainingStock) } };

    [Fact]
    public void FlashPrice_OnlyOnTheUnitsTheCustomerMayStillBuy()
    {
        var result = Price(FiveUnits(alreadyBought: 1, remainingStock: 50), List(("p1", 100m)), Flash);

        // Limit 3, 1 already bought: 2 units at 60, 3 at 100.
        Assert.Equal(420m, result.Totals.Total);
        Assert.Contains("2 of 5", result.Applied("flash").Text, StringComparison.Ordinal);
        Assert.Contains("per-customer limit", result.Applied("flash").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FlashPrice_OnlyOnTheRemainingStock()
    {
        var result = Price(FiveUnits(alreadyBought: 0, remainingStock: 1), List(("p1", 100m)), Flash);

        Assert.Equal(460m, result.Totals.Total);
        Assert.Contains("reserved stock", result.Applied("flash").Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, 50, NotAppliedReason.LimitReached)]
    [InlineData(0, 0, NotAppliedReason.StockExhausted)]
    public void FlashSale_NothingLeft_IsExplained(int alreadyBought, int remaining, NotAppliedReason expected)
    {
        var result = Price(FiveUnits(alreadyBought, remaining), List(("p1", 100m)), Flash);

        Assert.Equal(500m, result.Totals.Total);
        Assert.Equal(expected, result.NotApplied("flash").Reason);
    }

    [Fact]
    public void FlashSale_WithoutUsageFigures_IsNotGranted()
    {
        var result = Price(Cart(Line("l1", "p1", 5)), List(("p1", 100m)), Flash);

        Assert.Equal(NotAppliedReason.StockUnknown, result.NotApplied("flash").Reason);
    }

    [Fact]
    public void Presale_Price1000_Deposit100Worth200_BalanceDue800()
    {
        var presale = Promo("presale", PromotionKind.PresaleDeposit, layer: PromotionLayer.ItemSubtotal) with { PresaleDeposit = new PresaleDepositParameters(100m, 2m) };

        var result = Price(Cart(Line("l1", "p1")) with { PaidDeposits = ["presale"] }, List(("p1", 1000m)), presale);

        var summary = Assert.IsType<PresaleSummary>(result.Totals.Presale);
        Assert.Equal(100m, summary.Deposit);
        Assert.Equal(200m, summary.CreditedValue);
        Assert.Equal(800m, summary.BalanceDue);
        Assert.Equal(900m, result.Totals.Total);
    }

    [Fact]
    public void Presale_DepositNotPaid_IsExplained()
    {
        var presale = Promo("presale", PromotionKind.PresaleDeposit, layer: PromotionLayer.ItemSubtotal) with { PresaleDeposit = new PresaleDepositParameters(100m, 2m) };

        var result = Price(Cart(Line("l1", "p1")), List(("p1", 1000m)), presale);

        Assert.Null(result.Totals.Presale);
        Assert.Equal(NotAppliedReason.DepositNotPaid, result.NotApplied("presale").Reason);
    }

    [Fact]
    public void MemberPrice_OnlyForTheListedTiers()
    {
        var member = Promo("gold", PromotionKind.MemberPrice, layer: PromotionLayer.Member) with { MemberPrice = new MemberPriceParameters(["gold"], MemberUnitPrice: 85m) };

        var gold = Price(Cart(Line("l1", "p1", 2)) with { CustomerTier = "gold" }, List(("p1", 100m)), member);
        var silver = Price(Cart(Line("l1", "p1", 2)) with { CustomerTier = "silver" }, List(("p1", 100m)), member);

        Assert.Equal(170m, gold.Totals.Total);
        Assert.Equal(200m, silver.Totals.Total);
        Assert.Equal(NotAppliedReason.CustomerTierNotApplicable, silver.NotApplied("gold").Reason);
    }
}
