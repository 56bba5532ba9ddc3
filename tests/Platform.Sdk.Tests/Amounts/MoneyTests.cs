using Platform.Sdk.Monetary;

namespace Platform.Sdk.Tests.Amounts;



public sealed class MoneyTests
{
    [Fact]
    public void Arithmetic_OnTheSameCurrency_KeepsItAndIsExact()
    {
        var a = new Money(0.1m, "CNY");
        var b = new Money(0.2m, "CNY");

        Assert.Equal(new Money(0.3m, "CNY"), a + b);
        Assert.Equal(new Money(-0.1m, "CNY"), a - b);
        Assert.Equal(new Money(-0.1m, "CNY"), -a);
        Assert.Equal(new Money(0.3m, "CNY"), a * 3m);
        Assert.Equal(Money.Zero("CNY"), a.Subtract(a));
        Assert.Equal("0.3 CNY", (a + b).ToString());
    }

    [Fact]
    public void Arithmetic_AcrossCurrencies_IsRefusedNamingBoth()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new Money(1m, "CNY") + new Money(1m, "USD"));

        Assert.Contains("CNY", error.Message, StringComparison.Ordinal);
        Assert.Contains("USD", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cny")]
    [InlineData("CN")]
    [InlineData("CNYX")]
    [InlineData("")]
    public void Currency_MustBeAnIsoCode(string code)
    {
        var error = Assert.Throws<ArgumentException>(() => new Money(1m, code));

        Assert.Equal("currency", error.ParamName);
    }

    [Fact]
    public void Amount_BeyondTheBound_ThrowsMoneyOverflow()
    {
        Assert.Equal(Money.MaxAmount, new Money(Money.MaxAmount, "CNY").Amount);
        Assert.Throws<MoneyOverflowException>(() => new Money(Money.MaxAmount + 0.01m, "CNY"));
        Assert.Throws<MoneyOverflowException>(() => new Money(-Money.MaxAmount - 1m, "CNY"));
        Assert.Throws<MoneyOverflowException>(() => new Money(Money.MaxAmount, "CNY") * 2m);
        Assert.Throws<MoneyOverflowException>(() => new Money(Money.MaxAmount, "CNY") * decimal.MaxValue);
        Assert.IsAssignableFrom<OverflowException>(new MoneyOverflowException());
    }

    [Fact]
    public void Allocate_RoundsByTheCurrencyAndSumsExactly()
    {
        var policy = CurrencyPolicy.Parse("JPY:0", 2, RoundingRule.HalfAwayFromZero);

        var yuan = new Money(100m, "CNY").Allocate([1m, 1m, 1m], policy);
        var yen = new Money(1000.4m, "JPY").Allocate([1m, 2m], policy);

        Assert.Equal([33.34m, 33.33m, 33.33m], yuan.Select(m => m.Amount));
        Assert.All(yuan, m => Assert.Equal("CNY", m.Currency));
        Assert.Equal([333m, 667m], yen.Select(m => m.Amount));
    }
}
