using Platform.Sdk.Monetary;

namespace Platform.Sdk.Tests.Amounts;

public sealed class LargestRemainderTests
{
    [Fact]
    public void Allocate_EqualWeights_GivesTheLeftOverCentToTheFirst()
    {
        Assert.Equal([33.34m, 33.33m, 33.33m], LargestRemainder.Allocate(100m, [1m, 1m, 1m], MoneyRounding.Default));
    }

    [Fact]
    public void Allocate_LeftOverUnitsGoToTheLargestRemainders()
    {
        // 7.77 over 1999 / 3333 / 4701: exact 1.5481 / 2.5812 / 3.6407 → 1.54 / 2.58 / 3.64 + the cent left to the largest remainder.
        Assert.Equal([1.55m, 2.58m, 3.64m], LargestRemainder.Allocate(7.77m, [1999m, 3333m, 4701m], MoneyRounding.Default));
    }

    [Fact]
    public void Allocate_ZeroDecimalCurrency_SplitsWholeUnits()
    {
        // Pricing's JPY case: a threshold discount of 100 over lines of 283 / 283 / 285 → 33 / 33 / 34.
        Assert.Equal([33m, 33m, 34m], LargestRemainder.Allocate(100m, [283m, 283m, 285m], new MoneyRounding(0, RoundingRule.HalfAwayFromZero)));
    }

    [Fact]
    public void Allocate_IncentiveSplits_FromIssue17()
    {
        // A 10,000 credit split 60/40; a team pool of 1% of 3,000,000 shared by credit 40/35/25.
        Assert.Equal([6_000m, 4_000m], LargestRemainder.Allocate(10_000m, [60m, 40m], MoneyRounding.Default));
        Assert.Equal([12_000m, 10_500m, 7_500m], LargestRemainder.Allocate(3_000_000m * 0.01m, [40m, 35m, 25m], MoneyRounding.Default));
    }

    [Fact]
    public void Allocate_NegativeAmount_MirrorsThePositiveSplit()
    {
        Assert.Equal([-33.34m, -33.33m, -33.33m], LargestRemainder.Allocate(-100m, [1m, 1m, 1m], MoneyRounding.Default));
    }

    [Fact]
    public void Allocate_ZeroWeight_GetsNothing()
    {
        Assert.Equal([0m, 10m], LargestRemainder.Allocate(10m, [0m, 3m], MoneyRounding.Default));
    }

    [Fact]
    public void Allocate_AnAmountOffTheGrid_IsRoundedFirst()
    {
        Assert.Equal([0.51m, 0.50m], LargestRemainder.Allocate(1.005m, [1m, 1m], MoneyRounding.Default));
    }

    [Fact]
    public void Allocate_RandomWeights_SumsExactlyAndStaysWithinAUnitOfTheExactShare()
    {
        var random = new Random(17);
        for (var round = 0; round < 1000; round++)
        {
            var weights = Enumerable.Range(0, random.Next(1, 15)).Select(_ => random.Next(0, 5) == 0 ? 0m : random.Next(1, 1_000_000) / 1000m).ToArray();
            if (weights.Sum() == 0)
            {
                weights[0] = 1m;
            }
            var amount = random.Next(-10_000_000, 10_000_000) / 100m;

            var parts = LargestRemainder.Allocate(amount, weights, MoneyRounding.Default);

            Assert.Equal(amount, parts.Sum());
            for (var i = 0; i < parts.Length; i++)
            {
                Assert.InRange(Math.Abs(parts[i] - amount * weights[i] / weights.Sum()), 0m, 0.01m);
            }
        }
    }

    [Fact]
    public void Allocate_BadWeights_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => LargestRemainder.Allocate(1m, [], MoneyRounding.Default));
        Assert.Contains("negative", Assert.Throws<ArgumentException>(() => LargestRemainder.Allocate(1m, [1m, -1m], MoneyRounding.Default)).Message, StringComparison.Ordinal);
        Assert.Contains("zero", Assert.Throws<ArgumentException>(() => LargestRemainder.Allocate(1m, [0m, 0m], MoneyRounding.Default)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllocateMinorUnits_MatchesPricingsSemantics()
    {
        var parts = new long[4];

        // Only positions 1..3 take part; position 0 stays untouched.
        LargestRemainder.Allocate(777, [5, 1999, 3333, 4701], [1, 2, 3], parts);

        Assert.Equal([0L, 155L, 258L, 364L], parts);
    }

    [Fact]
    public void AllocateMinorUnits_HugeAmountsUseExactWideArithmetic()
    {
        var parts = new long[2];

        LargestRemainder.Allocate(9_000_000_000_000L, [3_000_000_000L, 6_000_000_000L], [0, 1], parts);

        Assert.Equal([3_000_000_000_000L, 6_000_000_000_000L], parts);
    }

    [Fact]
    public void Apportion_RoundsTheTotalAndGivesTheUnitsToTheLargestFractions()
    {
        var parts = new long[3];

        // Exact 100.4 + 200.4 + 300.4 = 601.2 → 601: truncated 600, the unit left goes to the first (ties to the lowest).
        var total = LargestRemainder.Apportion([100.4m, 200.4m, 300.4m], [0, 1, 2], parts, MoneyRounding.Default);

        Assert.Equal(601L, total);
        Assert.Equal([101L, 200L, 300L], parts);
    }
}
