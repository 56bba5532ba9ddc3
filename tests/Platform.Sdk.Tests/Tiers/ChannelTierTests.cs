using Platform.Sdk.Tiers;

namespace Platform.Sdk.Tests.Tiers;

/// <summary>The channels section of the domain brief and issue 16's must-hold figures.</summary>
public sealed class ChannelTierTests
{
    // 0–20,000 at 5%, 20,000–100,000 at 8%, above 100,000 at 12%.
    private static readonly Tier[] VolumeTiers =
    [
        Tier.AtRate(0m, 20_000m, 0.05m),
        Tier.AtRate(20_000m, 100_000m, 0.08m),
        Tier.AtRate(100_000m, null, 0.12m),
    ];

    [Fact]
    public void Progressive_MonthRevenue150000_Pays13400()
    {
        var result = new TierTable { Mode = TierMode.Marginal, Tiers = VolumeTiers }.Evaluate(150_000m);

        Assert.Equal(13_400.00m, result.Total);
        Assert.Equal(2, result.ReachedTier);
        Assert.Equal([1_000m, 6_400m, 6_000m], result.Slices.Select(s => s.Amount));
        Assert.Equal([20_000m, 80_000m, 50_000m], result.Slices.Select(s => s.Quantity));
    }

    [Fact]
    public void Retroactive_MonthRevenue150000_Pays18000()
    {
        var result = new TierTable { Mode = TierMode.WholeAmount, Tiers = VolumeTiers }.Evaluate(150_000m);

        Assert.Equal(18_000.00m, result.Total);
        var slice = Assert.Single(result.Slices);
        Assert.Equal((2, 0m, 150_000m, 0.12m), (slice.TierIndex, slice.From, slice.To, slice.Rate!.Value));
    }

    [Theory]
    [InlineData(true, 1, 1_600)]
    [InlineData(false, 0, 1_000)]
    public void WholeAmount_AtABoundary_TheInclusiveSideDecides(bool upperTierIncludesBound, int reached, int expected)
    {
        var tiers = VolumeTiers.ToArray();
        tiers[1] = tiers[1] with { FromInclusive = upperTierIncludesBound };

        var result = new TierTable { Mode = TierMode.WholeAmount, Tiers = tiers }.Evaluate(20_000m);

        Assert.Equal(reached, result.ReachedTier);
        Assert.Equal(expected, result.Total);
    }

    [Theory]
    [InlineData(5.00, 0.50, SliceClip.RaisedToMinimum)]
    [InlineData(10.00, 0.80, SliceClip.None)]
    public void MarketplaceFee_EightPercentWithMinimum050(double item, double fee, SliceClip clip)
    {
        var table = new TierTable { Mode = TierMode.WholeAmount, Tiers = [Tier.AtRate(0m, null, 0.08m) with { MinimumPayout = 0.50m }] };

        var result = table.Evaluate((decimal)item);

        Assert.Equal((decimal)fee, result.Total);
        Assert.Equal(clip, result.Slices[0].Clip);
        Assert.Equal((decimal)item * 0.08m, result.Slices[0].Calculated);
    }

    [Fact]
    public void PerTierMaximum_CutsThatTiersSliceOnly()
    {
        var tiers = VolumeTiers.ToArray();
        tiers[2] = tiers[2] with { MaximumPayout = 5_000m };

        var result = new TierTable { Mode = TierMode.Marginal, Tiers = tiers }.Evaluate(150_000m);

        Assert.Equal(12_400m, result.Total);
        Assert.Equal(SliceClip.CutToMaximum, result.Slices[2].Clip);
        Assert.Equal(6_000m, result.Slices[2].Calculated);
        Assert.Equal(SliceClip.None, result.Slices[1].Clip);
    }

    [Fact]
    public void PricePortion_PricesEachSliceByItsUnitPrice()
    {
        var table = new TierTable
        {
            Mode = TierMode.PricePortion,
            Tiers = [Tier.AtUnitPrice(0m, 100m, 10m), Tier.AtUnitPrice(100m, 500m, 9m), Tier.AtUnitPrice(500m, null, 8m)],
        };

        var result = table.Evaluate(600m);

        // 100 × 10 + 400 × 9 + 100 × 8.
        Assert.Equal(5_400m, result.Total);
        Assert.Equal([1_000m, 3_600m, 800m], result.Slices.Select(s => s.Amount));
    }

    [Fact]
    public void UnitPricesInWholeAmountMode_AreVolumePrices()
    {
        var table = new TierTable { Mode = TierMode.WholeAmount, Tiers = [Tier.AtUnitPrice(0m, 100m, 10m), Tier.AtUnitPrice(100m, null, 9m)] };

        Assert.Equal(1_350m, table.Evaluate(150m).Total);
    }

    [Fact]
    public void Explain_ShowsEverySliceAndTheTotal()
    {
        var lines = new TierTable { Mode = TierMode.Marginal, Tiers = VolumeTiers }.Evaluate(150_000m).Explain();

        Assert.Equal("Measure 150000, mode Marginal.", lines[0]);
        Assert.Equal("Tier 0 [0, 20000]: 20000 × 5% = 1000", lines[1]);
        Assert.Equal("Tier 2 [100000, 150000]: 50000 × 12% = 6000", lines[3]);
        Assert.Equal("Total 13400", lines[^1]);
    }
}
