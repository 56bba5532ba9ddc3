using Platform.Sdk.Monetary;
using Platform.Sdk.Tiers;

namespace Platform.Sdk.Tests.Tiers;

/// <summary>The incentive section of the domain brief and issue 17's must-hold figures.</summary>
public sealed class IncentiveTierTests
{
    private const decimal Quota = 500_000m;

    // Bounds in quota attainment (1.0 = 100%): below 100% 4%, 100–130% 7%, above 130% 9%.
    private static readonly Tier[] AttainmentTiers =
    [
        Tier.AtRate(0m, 1.0m, 0.04m),
        Tier.AtRate(1.0m, 1.3m, 0.07m),
        Tier.AtRate(1.3m, null, 0.09m),
    ];

    private static readonly TierEvaluationOptions ByQuota = new() { BoundScale = Quota };

    [Fact]
    public void NonCumulative_Revenue600000OnQuota500000_Pays42000()
    {
        var result = new TierTable { Mode = TierMode.WholeAmount, Tiers = AttainmentTiers }.Evaluate(600_000m, ByQuota);

        Assert.Equal(42_000.00m, result.Total);
        Assert.Equal(1, result.ReachedTier);
    }

    [Fact]
    public void Cumulative_Revenue600000OnQuota500000_Pays27000()
    {
        var result = new TierTable { Mode = TierMode.Marginal, Tiers = AttainmentTiers }.Evaluate(600_000m, ByQuota);

        // 500,000 × 4% + 100,000 × 7%.
        Assert.Equal(27_000.00m, result.Total);
        Assert.Equal([(0m, 500_000m), (500_000m, 600_000m)], result.Slices.Select(s => (s.From, s.To)));
    }

    // Seed: 80–100% attainment pays 3%, above 100% pays 5%, below 80% nothing (gate).
    private static TierTable GatedCommission() => new()
    {
        Mode = TierMode.WholeAmount,
        Gate = 0.8m,
        Tiers = [Tier.AtRate(0.8m, 1.0m, 0.03m), Tier.AtRate(1.0m, null, 0.05m)],
    };

    [Fact]
    public void Gate_At7999Percent_PaysNothing()
    {
        var result = GatedCommission().Evaluate(399_950m, ByQuota);

        Assert.False(result.GatePassed);
        Assert.Equal(400_000m, result.Gate);
        Assert.Equal(0m, result.Total);
        Assert.Empty(result.Slices);
        Assert.Equal("Below the gate of 400000: nothing is paid.", result.Explain()[1]);
    }

    [Fact]
    public void Gate_At80Percent_PaysThe80To100BandsRateOnEverything()
    {
        var result = GatedCommission().Evaluate(400_000m, ByQuota);

        Assert.True(result.GatePassed);
        Assert.Equal(0, result.ReachedTier);
        Assert.Equal(12_000.00m, result.Total);
    }

    [Fact]
    public void Accelerator_Above100Percent_PaysItsRateOnEverything()
    {
        Assert.Equal(30_000.00m, GatedCommission().Evaluate(600_000m, ByQuota).Total);
    }

    [Fact]
    public void PayoutCap_200PercentOfTargetIncentive_ClipsAndSaysSo()
    {
        // Target incentive 10,000: the payout is capped at 20,000.
        var result = new TierTable { Mode = TierMode.Marginal, Tiers = AttainmentTiers }
            .Evaluate(1_000_000m, ByQuota with { Cap = 20_000m });

        // Uncapped: 20,000 + 150,000 × 7% + 350,000 × 9% = 62,000.
        Assert.Equal(62_000m, result.Subtotal);
        Assert.Equal(20_000m, result.Total);
        Assert.Equal(20_000m, result.AppliedCap);
        Assert.Equal(42_000m, result.ClippedByCap);
        Assert.Contains("Capped at 20000: 42000 of 62000 not paid.", result.Explain());
    }

    [Fact]
    public void TheLowerOfTableCapAndEvaluationCap_Wins()
    {
        var table = new TierTable { Mode = TierMode.Marginal, Tiers = AttainmentTiers, Cap = 15_000m };

        Assert.Equal(15_000m, table.Evaluate(600_000m, ByQuota with { Cap = 25_000m }).Total);
        Assert.Equal(10_000m, table.Evaluate(600_000m, ByQuota with { Cap = 10_000m }).Total);
        Assert.Equal(27_000m, (table with { Cap = null }).Evaluate(600_000m, ByQuota).Total);
    }

    [Fact]
    public void RateCap_LimitsThePayoutToAShareOfTheMeasure()
    {
        var table = new TierTable { Mode = TierMode.WholeAmount, Tiers = AttainmentTiers, MaxEffectiveRate = 0.06m };

        var result = table.Evaluate(700_000m, ByQuota);

        // 9% would pay 63,000; the rate cap allows 6% of 700,000.
        Assert.Equal(42_000m, result.Total);
        Assert.Equal(21_000m, result.ClippedByCap);
    }

    [Fact]
    public void YearToDateTrueUp_SubtractsWhatWasPaid()
    {
        var result = new TierTable { Mode = TierMode.Marginal, Tiers = AttainmentTiers }.Evaluate(600_000m, ByQuota with { AlreadyPaid = 20_500m });

        Assert.Equal(6_500m, result.Due);
        Assert.Equal("Already paid 20500: due 6500", result.Explain()[^1]);
        Assert.Equal(-500m, new TierTable { Mode = TierMode.Marginal, Tiers = AttainmentTiers }.Evaluate(500_000m, ByQuota with { AlreadyPaid = 20_500m }).Due);
    }

    [Fact]
    public void RetroactiveUnlock_PassingTheThreshold_RepricesFromTheFirstUnit()
    {
        var table = new TierTable
        {
            Mode = TierMode.RetroactiveUnlock,
            Tiers = [Tier.AtRate(0m, 100_000m, 0.03m), Tier.AtRate(100_000m, null, 0.05m) with { UnlocksRetroactively = true }],
        };

        var below = table.Evaluate(90_000m);
        var above = table.Evaluate(120_000m);

        Assert.Equal(2_700m, below.Total);
        Assert.Equal(6_000m, above.Total);
        var slice = Assert.Single(above.Slices);
        Assert.True(slice.Retroactive);
        Assert.Equal((0m, 120_000m, 1), (slice.From, slice.To, slice.TierIndex));
    }

    [Fact]
    public void RetroactiveUnlock_TiersAboveTheUnlockStayMarginal()
    {
        var table = new TierTable
        {
            Mode = TierMode.RetroactiveUnlock,
            Tiers =
            [
                Tier.AtRate(0m, 100_000m, 0.03m),
                Tier.AtRate(100_000m, 200_000m, 0.05m) with { UnlocksRetroactively = true },
                Tier.AtRate(200_000m, null, 0.08m),
            ],
        };

        var result = table.Evaluate(250_000m);

        // 200,000 × 5% re-priced + 50,000 × 8%.
        Assert.Equal(14_000m, result.Total);
        Assert.Equal([true, false], result.Slices.Select(s => s.Retroactive));
    }

    [Fact]
    public void FixedAmountTier_PaysOnceReached()
    {
        // A quarterly bonus of 12,000 when the target is met (the 1.5 months of 8,000 base salary example).
        var table = new TierTable { Mode = TierMode.WholeAmount, Tiers = [Tier.Fixed(0m, 1.0m, 0m), Tier.Fixed(1.0m, null, 12_000m)] };

        Assert.Equal(0m, table.Evaluate(0.99m).Total);
        Assert.Equal(12_000.00m, table.Evaluate(1.0m).Total);
    }

    [Fact]
    public void Rounding_RoundsEachSlice_SoSlicesSumToTheTotal()
    {
        var table = new TierTable { Mode = TierMode.Marginal, Tiers = [Tier.AtRate(0m, 1_000.005m, 0.033m), Tier.AtRate(1_000.005m, null, 0.047m)] };

        var result = table.Evaluate(12_345.67m, new TierEvaluationOptions { Rounding = MoneyRounding.Default });

        // 1,000.005 × 3.3% = 33.000165 → 33.00; 11,345.665 × 4.7% = 533.246255 → 533.25.
        Assert.Equal([33.00m, 533.25m], result.Slices.Select(s => s.Amount));
        Assert.Equal(566.25m, result.Total);
    }

    [Fact]
    public void BelowTheFirstTier_NothingIsPaid()
    {
        var result = new TierTable { Mode = TierMode.Marginal, Tiers = [Tier.AtRate(1_000m, null, 0.1m)] }.Evaluate(500m);

        Assert.Null(result.ReachedTier);
        Assert.Equal(0m, result.Total);
        Assert.Equal("Below the first tier: nothing is paid.", result.Explain()[1]);
    }

    [Fact]
    public void Marginal_RandomTables_SlicesCoverTheMeasureAndSumToTheTotal()
    {
        var random = new Random(23);
        for (var round = 0; round < 500; round++)
        {
            var bounds = Enumerable.Range(0, random.Next(1, 6)).Select(_ => (decimal)random.Next(1, 1_000_000)).Distinct().Order().Prepend(0m).ToArray();
            var rates = bounds.Select(_ => random.Next(0, 2_000) / 10_000m).ToArray();
            var tiers = bounds.Select((b, i) => Tier.AtRate(b, i + 1 < bounds.Length ? bounds[i + 1] : null, rates[i])).ToArray();
            var measure = (decimal)random.Next(0, 1_200_000);

            var result = new TierTable { Mode = TierMode.Marginal, Tiers = tiers }.Evaluate(measure);

            Assert.Equal(measure, result.Slices.Sum(s => s.Quantity));
            Assert.Equal(result.Total, result.Slices.Sum(s => s.Amount));
            // Reference: each unit band of the measure at the rate of the band it is in.
            var reference = 0m;
            for (var i = 0; i < bounds.Length; i++)
            {
                var top = i + 1 < bounds.Length ? Math.Min(bounds[i + 1], measure) : measure;
                reference += Math.Max(0m, top - bounds[i]) * rates[i];
            }
            Assert.Equal(reference, result.Total);
        }
    }
}
