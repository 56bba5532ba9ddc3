using System.Text.Json;
using Platform.Modules.Pricing.Analytics;
using Platform.Modules.Pricing.Engine.Prices;
using Platform.Modules.Pricing.Seed;

namespace Platform.Modules.Pricing.Tests.Seed;

/// <summary>The demo data's price lists, pricing methods, survey and determinism (counts as in modules/Pricing/Seed/README.md).</summary>
public sealed class PricingDemoSeederTests
{
    private static readonly string[] Channels = ["Store", "Online", "Partner", "Direct"];

    [Fact]
    public void Build_SameInputs_GiveTheSameRowsIdsIncluded()
    {
        var first = Snapshot(SeedSamples.Build());
        var second = Snapshot(SeedSamples.Build());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Build_InputOrder_DoesNotChangeTheRows()
    {
        var reordered = PricingDemoSeeder.Build(
            SeedSamples.Products.Reverse(), SeedSamples.Regions.Reverse(), SeedSamples.Stores.Reverse(), SeedSamples.Now);

        Assert.Equal(Snapshot(SeedSamples.Build()), Snapshot(reordered));
    }

    [Fact]
    public void Build_WritesTheDocumentedCounts()
    {
        var data = SeedSamples.Build();

        Assert.Equal(8, data.PriceLists.Count);
        Assert.Equal(5, data.PricingMethods.Count);
        Assert.Equal(36, data.CompetitorPrices.Count);
        Assert.Equal(26, data.Promotions.Count);
        Assert.Equal(13, data.CouponCodes.Count);
        Assert.Equal(3, data.FlashSaleStock.Count);
        Assert.Equal(200, data.SurveyResponses.Count);
    }

    [Fact]
    public void Build_NoActiveProducts_BuildsNothing()
    {
        var data = PricingDemoSeeder.Build([SeedSamples.Products[^1]], SeedSamples.Regions, SeedSamples.Stores, SeedSamples.Now);

        Assert.Empty(data.PriceLists);
        Assert.Empty(data.Promotions);
        Assert.Empty(data.SurveyResponses);
    }

    [Fact]
    public void ChannelLists_PriceEveryActiveProductForTheWholeYear()
    {
        var data = SeedSamples.Build();
        var active = SeedSamples.Products.Where(p => p.Active).Select(p => p.Id).Order().ToList();
        var yearStart = new DateTimeOffset(2026, 1, 1, 0, 0, 0, SeedSamples.China);

        foreach (var channel in Channels)
        {
            var list = Assert.Single(data.PriceLists, l => l.Channel == channel && l.CustomerGroup is null && l.RegionId is null && l.EffectiveFrom == yearStart);
            Assert.Equal(active, list.Items.Select(i => i.ProductId).Order().ToList());
            Assert.Equal(yearStart.AddYears(1), list.EffectiveTo);
            Assert.All(list.Items, i => Assert.True(i.UnitPrice > 0m));
        }
        var keyAccounts = Assert.Single(data.PriceLists, l => l.CustomerGroup == "KeyAccount");
        Assert.Equal(active, keyAccounts.Items.Select(i => i.ProductId).Order().ToList());
    }

    [Fact]
    public void DistributorPrices_AreEightyToEightyFivePercentOfListAndAboveCost()
    {
        var data = SeedSamples.Build();
        var partner = data.PriceLists.Single(l => l.Channel == "Partner");

        foreach (var item in partner.Items)
        {
            var product = SeedSamples.Products.Single(p => p.Id == item.ProductId);
            Assert.InRange(item.UnitPrice / product.ListPrice, 0.79m, 0.86m);
            Assert.True(item.UnitPrice > product.UnitCost, product.Sku);
        }
    }

    [Fact]
    public void RegionalStoreAndFutureLists_ShowSpecificityAndEffectiveDates()
    {
        var data = SeedSamples.Build();

        var regional = Assert.Single(data.PriceLists, l => l.RegionId is not null && l.StoreId is null);
        var store = Assert.Single(data.PriceLists, l => l.StoreId is not null);
        Assert.Equal(SeedSamples.Shanghai.Id, regional.RegionId);
        Assert.Equal(SeedSamples.ShanghaiFlagship.Id, store.StoreId);
        Assert.True(Specificity(store) > Specificity(regional));
        Assert.True(Specificity(regional) > Specificity(data.PriceLists.Single(l => l.Code == "PL-STORE-2026")));
        Assert.NotEmpty(regional.Items);
        Assert.NotEmpty(store.Items);

        var future = Assert.Single(data.PriceLists, l => l.EffectiveFrom > SeedSamples.Now);
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, SeedSamples.China), future.EffectiveFrom);
        Assert.Null(future.EffectiveTo);
        var current = data.PriceLists.Single(l => l.Code == "PL-STORE-2026").Items.ToDictionary(i => i.ProductId, i => i.UnitPrice);
        Assert.All(future.Items, i => Assert.True(i.UnitPrice > current[i.ProductId]));
    }

    [Fact]
    public void Codes_AreAsciiAndUnique()
    {
        var data = SeedSamples.Build();
        string[] codes =
        [
            .. data.PriceLists.Select(l => l.Code), .. data.Promotions.Select(p => p.Code), .. data.CouponCodes.Select(c => c.Code),
        ];

        Assert.Equal(codes.Length, codes.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(codes, c => Assert.True(c.All(char.IsAscii) && c.Length <= 64, c));
    }

    [Fact]
    public void PricingMethods_CoverCostPlusCompetitionAndValue()
    {
        var data = SeedSamples.Build();

        var costPlus = Assert.Single(data.PricingMethods, m => m.Method == PricingMethodKind.CostPlus);
        Assert.Equal("游戏本", costPlus.Category);
        Assert.Equal(30m, costPlus.MarginPercent);
        var competition = data.PricingMethods.Where(m => m.Method == PricingMethodKind.Competition).ToList();
        Assert.Equal(3, competition.Count);
        foreach (var method in competition)
        {
            var prices = data.CompetitorPrices.Where(c => c.ProductId == method.ProductId).ToList();
            Assert.Equal(3, prices.Select(c => c.Competitor).Distinct().Count());
            Assert.All(prices, c => Assert.True(c.ObservedAt <= SeedSamples.Now));
        }
        var value = Assert.Single(data.PricingMethods, m => m.Method == PricingMethodKind.ValueBased);
        var robot = SeedSamples.Products.Single(p => p.Id == value.ProductId);
        Assert.InRange(value.ValueMetric!.Value * value.ValueSharePercent!.Value / 100m, robot.ListPrice - 10m, robot.ListPrice + 10m);
    }

    [Fact]
    public void Survey_HasTwoHundredRespondentsAndFivePercentDropped()
    {
        var data = SeedSamples.Build();
        var responses = data.SurveyResponses.Select(r => new PriceSensitivityResponse(r.TooCheap, r.Cheap, r.Expensive, r.TooExpensive)).ToList();

        Assert.Single(data.SurveyResponses.Select(r => r.Survey).Distinct());
        var result = VanWestendorpMeter.Analyze(new VanWestendorpRequest(responses));

        Assert.Equal(VanWestendorpStatus.Analysed, result.Status);
        Assert.Equal(200, result.TotalResponses);
        Assert.Equal(10, result.DroppedInconsistent);
        var range = Assert.IsType<PriceRange>(result.AcceptableRange);
        Assert.InRange(4599m, range.Low, range.High * 1.2m);
    }

    private static int Specificity(Model.PriceListRow list) =>
        (list.Channel is null ? 0 : 1) + (list.CustomerGroup is null ? 0 : 1) + (list.RegionId is null ? 0 : 1) + (list.StoreId is null ? 0 : 1);

    private static string Snapshot(PricingDemoData data) => JsonSerializer.Serialize(new object[]
    {
        data.PriceLists, data.PricingMethods, data.CompetitorPrices, data.Promotions, data.CouponCodes, data.FlashSaleStock, data.SurveyResponses,
    });
}
