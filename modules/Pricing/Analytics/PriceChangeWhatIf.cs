namespace Platform.Modules.Pricing.Analytics;

/// <summary>
/// Domain seed definition e = %Δdemand ÷ %Δprice, applied linearly: %ΔQ = e × %ΔP. Revenue change is
/// (1 + %ΔP)(1 + %ΔQ) − 1, so e = −2 and +10 % give −20 % quantity and −12 % revenue. Nothing is rounded.
/// </summary>
internal static class PriceChangeWhatIf
{
    public static PriceChangeOutcome Simulate(PriceChangeScenario scenario)
    {
        AnalysisRequestValidator.ThrowIfInvalid(AnalysisRequestValidator.Validate(scenario), nameof(scenario));
        var predicted = scenario.Elasticity * scenario.PriceChangeRate;
        var floored = predicted < -1;
        var quantityRate = floored ? -1 : predicted;
        var newPrice = scenario.CurrentPrice * (1 + scenario.PriceChangeRate);
        var newQuantity = scenario.CurrentQuantity * (1 + quantityRate);
        return new(
            quantityRate,
            newPrice,
            newQuantity,
            scenario.CurrentPrice * scenario.CurrentQuantity,
            newPrice * newQuantity,
            (1 + scenario.PriceChangeRate) * (1 + quantityRate) - 1,
            floored);
    }
}
