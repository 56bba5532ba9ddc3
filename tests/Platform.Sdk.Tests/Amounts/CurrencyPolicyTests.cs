using Platform.Sdk.Monetary;

namespace Platform.Sdk.Tests.Amounts;



public sealed class CurrencyPolicyTests
{
    [Fact]
    public void Parse_SettingsFormat_GivesEachCurrencyItsDecimals()
    {
        var policy = CurrencyPolicy.Parse("JPY:0,KRW:0", defaultDecimals: 2, RoundingRule.HalfAwayFromZero);

        Assert.Equal(0, policy.For("JPY").Decimals);
        Assert.Equal(0, policy.For("jpy").Decimals);
        Assert.Equal(0, policy.For("KRW").Decimals);
        Assert.Equal(2, policy.For("CNY").Decimals);
        Assert.Equal(RoundingRule.HalfAwayFromZero, policy.For("JPY").Rule);
        Assert.Equal("JPY:0,KRW:0", policy.FormatCurrencyDecimals());
    }

    [Fact]
    public void Parse_TrimsBlanks_AndTakesTheRuleForEveryCurrency()
    {
        var policy = CurrencyPolicy.Parse(" KWD:3 , JPY:0 ,", defaultDecimals: 4, RoundingRule.HalfToEven);

        Assert.Equal(new MoneyRounding(3, RoundingRule.HalfToEven), policy.For("KWD"));
        Assert.Equal(new MoneyRounding(4, RoundingRule.HalfToEven), policy.For("EUR"));
        Assert.Equal(1.234m, policy.For("KWD").Round(1.2345m));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Parse_Nothing_LeavesOnlyTheFallback(string? value)
    {
        var policy = CurrencyPolicy.Parse(value, defaultDecimals: 2, RoundingRule.HalfAwayFromZero);

        Assert.Empty(policy.Currencies);
        Assert.Equal(MoneyRounding.Default, policy.For("JPY"));
    }

    [Theory]
    [InlineData("JPY")]
    [InlineData("JPY:5")]
    [InlineData("JP:0")]
    [InlineData("JPY:x")]
    [InlineData("jpy:0")]
    [InlineData("JPY:0:1")]
    [InlineData("JPY:-1")]
    public void Parse_MalformedEntry_IsAFormatErrorNamingIt(string entry)
    {
        var error = Assert.Throws<FormatException>(() => CurrencyPolicy.Parse($"KRW:0,{entry}", 2, RoundingRule.HalfAwayFromZero));

        Assert.Contains($"'{entry}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("CODE:decimals", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Round_UsesTheMoneysCurrency()
    {
        var policy = CurrencyPolicy.Parse("JPY:0", 2, RoundingRule.HalfAwayFromZero);

        Assert.Equal(new Money(1235m, "JPY"), policy.Round(new Money(1234.5m, "JPY")));
        Assert.Equal(new Money(1234.57m, "CNY"), new Money(1234.565m, "CNY").Round(policy));
    }

    [Fact]
    public void Constructor_RejectsANonIsoCode()
    {
        var error = Assert.Throws<ArgumentException>(() => new CurrencyPolicy(new Dictionary<string, MoneyRounding> { ["yen"] = MoneyRounding.Default }));

        Assert.Contains("'yen'", error.Message, StringComparison.Ordinal);
    }
}
