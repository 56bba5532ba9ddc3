using Platform.Modules.Pricing.Engine;
using Platform.Modules.Pricing.Engine.Carts;
using Platform.Modules.Pricing.Engine.Explanation;
using Platform.Modules.Pricing.Engine.Prices;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Engine.Stacking;
using Platform.Modules.Pricing.Model;
using Platform.Modules.Pricing.Promotions;
using Platform.Modules.Pricing.Seed;

namespace Platform.Modules.Pricing.Tests.Seed;

/// <summary>The seeded price lists and calendar priced by the engine: the demo's promotions actually apply.</summary>
public sealed class SeededQuoteTests
{
    private static readonly PricingDemoData Data = SeedSamples.Build();
    private static readonly PricingEngine Engine = new(
        PriceBook.Build(Data.PriceLists.Select(ToPriceList), [], []),
        PromotionIndex.Build(Data.Promotions.Select(PromotionDocuments.ToDefinition)),
        PricingPolicy.Default);

    [Fact]
    public void Six18_OnlineGoldMember_GetsTheThresholdsTheMemberDiscountAndTheCoupon()
    {
        var result = Engine.Price(new PricingCart
        {
            Currency = "CNY",
            At = China(6, 18, 12),
            ChannelId = "Online",
            CustomerGroupId = "Consumer",
            CustomerTier = "Gold",
            Lines = [Line("1", "SP-XY-X9P"), Line("2", "WR-WS-B8", 2), Line("3", "SH-YX-S1")],
            CouponCodes = ["618-2026-CPN200"],
        });

        Assert.True(result.IsComplete);
        Assert.All(result.Lines.Where(l => l.GiftOfPromotionId is null), l => Assert.Equal("PL-ONLINE-2026", ListCode(l)));
        var applied = result.Applied.Select(a => a.Code).ToHashSet();
        Assert.Contains("618-2026-TIERS", applied);
        Assert.Contains("618-2026-EVERY", applied);
        Assert.Contains("618-2026-MEMBER", applied);
        Assert.Contains("618-2026-CPN200", applied);
        Assert.True(result.Totals.Total < result.Totals.Subtotal);
    }

    [Fact]
    public void Double11Midnight_FlashSaleBeatsTheStackedDeal()
    {
        var flash = Data.Promotions.Single(p => p.Code == "D112026-FLASH-N7");
        var result = Engine.Price(new PricingCart
        {
            Currency = "CNY",
            At = China(11, 11, 0).AddMinutes(5),
            ChannelId = "Online",
            Lines = [Line("1", "SP-QC-N7")],
            FlashSales = new Dictionary<string, FlashSaleUsage> { [flash.Id.ToString()] = new(0, 500) },
        });

        var applied = Assert.Single(result.Applied, a => a.Kind == PromotionKind.FlashSale);
        Assert.Equal("D112026-FLASH-N7", applied.Code);
        Assert.DoesNotContain(result.Applied, a => a.Layer == PromotionLayer.UnitPrice && a.Code != applied.Code);
        Assert.Equal(1609m, result.Lines[0].BaseAmount - result.Lines[0].Discounts.Where(d => d.PromotionId == applied.PromotionId).Sum(d => d.Amount));
    }

    [Fact]
    public void SpringFestival_ShanghaiFlagship_UsesTheRegionalListAndTheBetterOfTwoCuts()
    {
        var result = Engine.Price(new PricingCart
        {
            Currency = "CNY",
            At = China(2, 1, 15),
            ChannelId = "Store",
            RegionId = SeedSamples.Shanghai.Id.ToString("D"),
            StoreId = SeedSamples.ShanghaiFlagship.Id.ToString("D"),
            Lines = [Line("1", "WR-WS-W5"), Line("2", "SP-XY-F5"), Line("3", "NB-GF-14")],
        });

        Assert.Equal("PL-STORE-SHANGHAI-2026", ListCode(result.Lines[0]));
        Assert.Equal("PL-STORE-SH-F01-2026", ListCode(result.Lines[1]));
        Assert.Equal("PL-STORE-2026", ListCode(result.Lines[2]));
        var cut = Assert.Single(result.Applied, a => a.Kind == PromotionKind.DirectCut);
        Assert.Equal("CNY2026-CUT-W5", cut.Code);
        Assert.Contains(result.NotApplied, n => n.Code == "CNY2026-CUT-WEAR");
    }

    private static CartLine Line(string id, string sku, int quantity = 1)
    {
        var product = SeedSamples.Products.Single(p => p.Sku == sku);
        return new CartLine(id, product.Key, quantity, product.Category, product.ProductLine);
    }

    private static DateTimeOffset China(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, SeedSamples.China);

    private static string ListCode(LinePricing line) => Data.PriceLists.Single(l => l.Id.ToString() == line.BasePrice.Source.PriceListId).Code;

    private static PriceList ToPriceList(PriceListRow row) => new(
        row.Id.ToString(),
        row.Name,
        new PriceScope(row.Channel, row.CustomerGroup, row.RegionId?.ToString("D"), row.StoreId?.ToString("D")),
        row.Currency,
        row.EffectiveFrom,
        row.EffectiveTo,
        row.Priority,
        row.Items.ToDictionary(i => i.ProductId.ToString("D"), i => i.UnitPrice));
}
