using Platform.Modules.Pricing.Analytics;

namespace Platform.Modules.Pricing.Tests.Analytics;

public sealed class PriceChangeWhatIfTests
{
    [Fact]
    public void Simulate_ElasticityMinusTwoAndTenPercentRise_LosesTwentyPercentQuantityAndTwelvePercentRevenue()
    {
        var outcome = PriceChangeWhatIf.Simulate(new PriceChangeScenario(-2.0m, 100m, 50m, 0.10m));

        Assert.Equal(-0.20m, outcome.QuantityChangeRate);
        Assert.Equal(-0.12m, outcome.RevenueChangeRate);
        Assert.Equal(110m, outcome.NewPrice);
        Assert.Equal(40m, outcome.NewQuantity);
        Assert.Equal(5000m, outcome.CurrentRevenue);
        Assert.Equal(4400m, outcome.NewRevenue);
        Assert.False(outcome.QuantityFloored);
    }

    [Fact]
    public void Simulate_InelasticPriceRise_RaisesRevenue()
    {
        var outcome = PriceChangeWhatIf.Simulate(new PriceChangeScenario(-0.5m, 20m, 100m, 0.10m));

        Assert.Equal(-0.05m, outcome.QuantityChangeRate);
        Assert.Equal(0.045m, outcome.RevenueChangeRate);
        Assert.Equal(2090m, outcome.NewRevenue);
    }

    [Fact]
    public void Simulate_ElasticPriceCut_RaisesRevenue()
    {
        var outcome = PriceChangeWhatIf.Simulate(new PriceChangeScenario(-3m, 10m, 100m, -0.10m));

        Assert.Equal(0.30m, outcome.QuantityChangeRate);
        Assert.Equal(0.17m, outcome.RevenueChangeRate);
        Assert.Equal(130m, outcome.NewQuantity);
    }

    [Fact]
    public void Simulate_FallBeyondAllDemand_HoldsQuantityAtZero()
    {
        var outcome = PriceChangeWhatIf.Simulate(new PriceChangeScenario(-3m, 10m, 100m, 0.50m));

        Assert.True(outcome.QuantityFloored);
        Assert.Equal(-1m, outcome.QuantityChangeRate);
        Assert.Equal(0m, outcome.NewQuantity);
        Assert.Equal(-1m, outcome.RevenueChangeRate);
    }
}
