using Platform.Sdk.Monetary;

namespace Platform.Sdk.Tests.Amounts;

public sealed class MoneyRoundingTests
{
    [Theory]
    [InlineData(RoundingRule.HalfAwayFromZero, 0.125, 0.13)]
    [InlineData(RoundingRule.HalfAwayFromZero, -0.125, -0.13)]
    [InlineData(RoundingRule.HalfToEven, 0.125, 0.12)]
    [InlineData(RoundingRule.HalfToEven, 0.135, 0.14)]
    [InlineData(RoundingRule.Truncate, 0.129, 0.12)]
    [InlineData(RoundingRule.Truncate, -0.129, -0.12)]
    [InlineData(RoundingRule.Ceiling, 0.121, 0.13)]
    [InlineData(RoundingRule.Ceiling, -0.129, -0.12)]
    [InlineData(RoundingRule.Floor, 0.129, 0.12)]
    [InlineData(RoundingRule.Floor, -0.121, -0.13)]
    public void Round_TwoDecimals_FollowsTheRule(RoundingRule rule, double amount, double expected)
    {
        Assert.Equal((decimal)expected, new MoneyRounding(2, rule).Round((decimal)amount));
    }

    [Theory]
    [InlineData(0, 49.5, 50)]
    [InlineData(0, 49.49, 49)]
    [InlineData(3, 1.2345, 1.235)]
    [InlineData(4, 1.23455, 1.2346)]
    public void Round_KeepsTheCurrencysDecimals(int decimals, double amount, double expected)
    {
        Assert.Equal((decimal)expected, new MoneyRounding(decimals, RoundingRule.HalfAwayFromZero).Round((decimal)amount));
    }

    [Fact]
    public void MinorUnits_ConvertBothWays()
    {
        var cents = MoneyRounding.Default;

        Assert.Equal(235L, cents.ToMinorUnits(2.345m));
        Assert.Equal(2.35m, cents.FromMinorUnits(235));
        Assert.Equal(1235L, cents.RoundMinorUnits(1234.5m));
        Assert.Equal(1234L, new MoneyRounding(2, RoundingRule.HalfToEven).RoundMinorUnits(1234.5m));
        Assert.Equal(0.01m, cents.Unit);
        Assert.Equal(100L, cents.Scale);
        Assert.Equal(1m, new MoneyRounding(0, RoundingRule.HalfAwayFromZero).Unit);
        Assert.Equal(10_000L, new MoneyRounding(4, RoundingRule.HalfAwayFromZero).Scale);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void Decimals_OutsideIsoRange_AreRejected(int decimals)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new MoneyRounding(decimals, RoundingRule.HalfAwayFromZero));
        Assert.Equal("decimals", error.ParamName);
    }

    [Fact]
    public void UnknownRule_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MoneyRounding(2, (RoundingRule)42));
    }

    [Fact]
    public void MinorUnits_BeyondTheBound_ThrowMoneyOverflow()
    {
        var cents = MoneyRounding.Default;

        // 10^17 yuan are 10^19 cents, above the 10^18 bound; decimal.MaxValue overflows the multiplication itself.
        var beyond = Assert.Throws<MoneyOverflowException>(() => cents.ToMinorUnits(100_000_000_000_000_000m));
        Assert.Contains("bound", beyond.Message, StringComparison.Ordinal);
        Assert.Throws<MoneyOverflowException>(() => cents.ToMinorUnits(decimal.MaxValue));
        Assert.Throws<MoneyOverflowException>(() => cents.RoundMinorUnits(-1_000_000_000_000_000_001m));
        Assert.Equal(MoneyRounding.MaxMinorUnits, cents.ToMinorUnits(10_000_000_000_000_000m));
    }

    [Fact]
    public void RuleAndMidpointRounding_MapBothWaysAndRoundAlike()
    {
        var random = new Random(5);
        foreach (var mode in Enum.GetValues<MidpointRounding>())
        {
            var rule = RoundingRules.FromMidpointRounding(mode);
            Assert.Equal(mode, rule.ToMidpointRounding());
            var rounding = new MoneyRounding(2, rule);
            for (var i = 0; i < 200; i++)
            {
                var amount = (decimal)random.Next(-100_000, 100_000) / 1000m;
                Assert.Equal(decimal.Round(amount, 2, mode), rounding.Round(amount));
            }
        }
    }

    [Theory]
    [InlineData("HalfToEven", RoundingRule.HalfToEven)]
    [InlineData("truncate", RoundingRule.Truncate)]
    [InlineData("AwayFromZero", RoundingRule.HalfAwayFromZero)]
    [InlineData(" ToEven ", RoundingRule.HalfToEven)]
    [InlineData("ToPositiveInfinity", RoundingRule.Ceiling)]
    public void Parse_AcceptsRuleAndMidpointNames(string value, RoundingRule expected)
    {
        Assert.Equal(expected, RoundingRules.Parse(value));
    }

    [Theory]
    [InlineData("Banker")]
    [InlineData("1")]
    [InlineData("HalfToEven,Floor")]
    [InlineData("")]
    public void Parse_AnythingElse_ListsTheAcceptedNames(string value)
    {
        var error = Assert.Throws<FormatException>(() => RoundingRules.Parse(value));

        Assert.Contains($"'{value}' is not a rounding rule", error.Message, StringComparison.Ordinal);
        Assert.Contains("HalfAwayFromZero", error.Message, StringComparison.Ordinal);
    }
}
