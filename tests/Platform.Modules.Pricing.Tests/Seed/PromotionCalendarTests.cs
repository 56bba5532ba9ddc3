using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Promotions;
using Platform.Modules.Pricing.Seed;

namespace Platform.Modules.Pricing.Tests.Seed;

/// <summary>The seeded promotion calendar: every form, every season, valid definitions, coupon codes and flash-sale stock.</summary>
public sealed class PromotionCalendarTests
{
    /// <summary>The seasons of the calendar (first and last month, China time).</summary>
    public static TheoryData<string, int, int> Seasons => new()
    {
        { "Spring Festival", 1, 2 },
        { "Spring", 3, 5 },
        { "618", 6, 6 },
        { "Summer", 7, 8 },
        { "Pre-Double-11", 9, 10 },
        { "Double 11/12", 11, 12 },
    };

    [Fact]
    public void EveryPromotionKind_AppearsAtLeastOnce()
    {
        var kinds = SeedSamples.Build().Promotions.Select(p => p.Kind).ToHashSet();

        Assert.All(Enum.GetValues<PromotionKind>(), kind => Assert.Contains(kind, kinds));
    }

    [Theory]
    [MemberData(nameof(Seasons))]
    public void EverySeason_HasAPromotionWhoseWindowLiesInIt(string season, int firstMonth, int lastMonth)
    {
        var data = SeedSamples.Build();
        var from = new DateTimeOffset(2026, firstMonth, 1, 0, 0, 0, SeedSamples.China);
        var to = new DateTimeOffset(2026, lastMonth, 1, 0, 0, 0, SeedSamples.China).AddMonths(1);

        Assert.True(data.Promotions.Any(p => p.StartsAt >= from && p.EndsAt is { } end && end <= to), season);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EveryPromotion_PassesTheEngineValidator(bool otherCatalogue)
    {
        var data = otherCatalogue
            ? PricingDemoSeeder.Build(SeedSamples.OtherCatalogue, [], [], SeedSamples.Now)
            : SeedSamples.Build();

        Assert.NotEmpty(data.Promotions);
        foreach (var row in data.Promotions)
        {
            var definition = PromotionDocuments.ToDefinition(row);
            Assert.Equal(row.Kind, definition.Kind);
            Assert.Empty(PromotionValidator.Validate(definition));
            Assert.NotNull(row.Budget);
            Assert.False(string.IsNullOrWhiteSpace(row.Goal));
        }
    }

    [Fact]
    public void Calendar_IsForTheCurrentYearInChinaTime()
    {
        // 1 am on New Year's Day in Shanghai is still 31 December in UTC: the calendar is already 2027.
        var data = SeedSamples.Build(new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero));
        var from = new DateTimeOffset(2027, 1, 1, 0, 0, 0, SeedSamples.China);

        Assert.All(data.Promotions, p => Assert.True(p.StartsAt >= from && p.EndsAt <= from.AddYears(1), p.Code));
        Assert.All(data.Promotions, p => Assert.Equal(TimeSpan.Zero, p.StartsAt.Offset));
        Assert.Contains(data.Promotions, p => p.Code == "D112027-EVERY");
    }

    [Fact]
    public void FlashSales_AreExclusiveWithReservedStockAndPerCustomerLimits()
    {
        var data = SeedSamples.Build();
        var flashSales = data.Promotions.Where(p => p.Kind == PromotionKind.FlashSale).ToList();

        Assert.True(flashSales.Count >= 2);
        foreach (var row in flashSales)
        {
            var parameters = PromotionDocuments.ToDefinition(row).FlashSale!;
            var stock = Assert.Single(data.FlashSaleStock, s => s.PromotionId == row.Id);
            Assert.Equal(ConcurrencyMode.Exclusive, row.Mode);
            Assert.Equal(parameters.ReservedStock, stock.Reserved);
            Assert.Equal(0, stock.Sold);
            Assert.NotNull(parameters.PerCustomerLimit);
            Assert.True(row.StartsAt >= new DateTimeOffset(2026, 11, 1, 0, 0, 0, SeedSamples.China));
        }
    }

    [Fact]
    public void CouponPromotions_HaveSeveralCodesInsideTheirWindow()
    {
        var data = SeedSamples.Build();
        var coupons = data.Promotions.Where(p => p.Kind == PromotionKind.Coupon).ToList();

        Assert.True(coupons.Count >= 3);
        Assert.All(data.CouponCodes, c => Assert.Contains(coupons, p => p.Id == c.PromotionId));
        foreach (var coupon in coupons)
        {
            var codes = data.CouponCodes.Where(c => c.PromotionId == coupon.Id).ToList();
            Assert.True(codes.Count >= 3, coupon.Code);
            Assert.All(codes, c => Assert.True(c.ValidFrom >= coupon.StartsAt && c.ValidTo <= coupon.EndsAt && c.ValidFrom < c.ValidTo, c.Code));
            Assert.All(codes, c => Assert.True(c.MaxUses > 0 && c.MaxUsesPerCustomer > 0, c.Code));
            Assert.Equal(PromotionLayer.Coupon, coupon.Layer);
        }
    }

    [Fact]
    public void Modes_FollowTheStackingConventions()
    {
        var data = SeedSamples.Build();

        Assert.All(data.Promotions.Where(p => p.Kind is PromotionKind.Threshold or PromotionKind.Coupon or PromotionKind.Gift),
            p => Assert.Equal(ConcurrencyMode.Compound, p.Mode));
        Assert.All(data.Promotions.Where(p => p.Kind == PromotionKind.DirectCut), p => Assert.Equal(ConcurrencyMode.BestPrice, p.Mode));
        // Two direct cuts compete on the same watch during the Spring Festival.
        var watch = SeedSamples.Products.Single(p => p.Sku == "WR-WS-W5");
        var competing = data.Promotions
            .Where(p => p.Kind == PromotionKind.DirectCut)
            .Select(PromotionDocuments.ToDefinition)
            .Where(d => d.IsActiveAt(new DateTimeOffset(2026, 2, 1, 12, 0, 0, SeedSamples.China)))
            .Where(d => d.Applicability.ProductIds.Contains(watch.Key) || d.Applicability.ProductLines.Contains(watch.ProductLine));
        Assert.Equal(2, competing.Count());
    }
}
