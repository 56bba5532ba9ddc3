using Platform.Modules.Pricing.Analytics;

namespace Platform.Modules.Pricing.Tests.Analytics;

public sealed class AnalysisRequestValidatorTests
{
    private static readonly DateWindow PrePeriod = new(new(2026, 6, 1), new(2026, 6, 10));
    private static readonly DateWindow Promotion = new(new(2026, 6, 18), new(2026, 6, 20));

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    [InlineData(95.0)]
    [InlineData(double.NaN)]
    public void Elasticity_ConfidenceLevelOutsideZeroToOne_IsRejected(double level)
    {
        var errors = AnalysisRequestValidator.Validate(new ElasticityRequest([], level));

        Assert.Equal("confidenceLevel", Assert.Single(errors).Field);
    }

    [Fact]
    public void Elasticity_ValidRequest_HasNoErrors() =>
        Assert.Empty(AnalysisRequestValidator.Validate(new ElasticityRequest([new(1m, 0m)], 0.99)));

    [Fact]
    public void Elasticity_MissingListAndNullItems_AreNamed()
    {
        Assert.Equal("observations", Assert.Single(AnalysisRequestValidator.Validate(new ElasticityRequest(null!))).Field);
        Assert.Equal("observations[1]", Assert.Single(AnalysisRequestValidator.Validate(new ElasticityRequest([new(1m, 1m), null!]))).Field);
    }

    [Fact]
    public void PriceChange_ImpossibleScenario_NamesEachField()
    {
        var errors = AnalysisRequestValidator.Validate(new PriceChangeScenario(-2m, 0m, -1m, -1m));

        Assert.Equal(["currentPrice", "currentQuantity", "priceChangeRate"], errors.Select(e => e.Field));
        Assert.Empty(AnalysisRequestValidator.Validate(new PriceChangeScenario(-2m, 10m, 0m, -0.5m)));
    }

    [Fact]
    public void VanWestendorp_NoResponses_IsRejected()
    {
        Assert.Equal("responses", Assert.Single(AnalysisRequestValidator.Validate(new VanWestendorpRequest([]))).Field);
        Assert.Equal("responses", Assert.Single(AnalysisRequestValidator.Validate(new VanWestendorpRequest(null!))).Field);
    }

    [Fact]
    public void VanWestendorp_NegativePriceAndUnknownMethod_AreNamed()
    {
        var errors = AnalysisRequestValidator.Validate(new VanWestendorpRequest([new(1m, 2m, 3m, 4m), new(1m, -2m, 3m, 4m), null!], (IntersectionMethod)9, (PsmDefinition)7));

        Assert.Equal(["intersectionMethod", "definition", "responses[1].cheap", "responses[2]"], errors.Select(e => e.Field));
    }

    [Fact]
    public void VanWestendorp_InconsistentResponse_IsNoError() =>
        Assert.Empty(AnalysisRequestValidator.Validate(new VanWestendorpRequest([new(5m, 2m, 3m, 4m)])));

    [Fact]
    public void Promotion_ValidRequest_HasNoErrors() =>
        Assert.Empty(AnalysisRequestValidator.Validate(new PromotionRoiRequest([new(new(2026, 6, 1), 10m)], PrePeriod, Promotion, 0m, 0m, 10)));

    [Fact]
    public void Promotion_EndBeforeStart_IsNamed()
    {
        var backwards = new DateWindow(new(2026, 6, 20), new(2026, 6, 18));

        var errors = AnalysisRequestValidator.Validate(new PromotionRoiRequest([], PrePeriod, backwards, 0m, 0m));

        Assert.Equal("promotionWindow.end", Assert.Single(errors).Field);
    }

    [Theory]
    [InlineData(10, 18)] // pre-period running into the promotion
    [InlineData(18, 25)] // starting with it
    [InlineData(21, 30)] // after it
    public void Promotion_PrePeriodNotBeforeThePromotion_IsRejected(int startDay, int endDay)
    {
        var prePeriod = new DateWindow(new(2026, 6, startDay), new(2026, 6, endDay));

        var error = Assert.Single(AnalysisRequestValidator.Validate(new PromotionRoiRequest([], prePeriod, Promotion, 0m, 0m)));

        Assert.Equal("prePeriod", error.Field);
        Assert.Contains("before the promotion", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Promotion_PrePeriodEndingTheDayBefore_IsAccepted() =>
        Assert.Empty(AnalysisRequestValidator.Validate(new PromotionRoiRequest([], new(new(2026, 6, 1), new(2026, 6, 17)), Promotion, 0m, 0m)));

    [Fact]
    public void Promotion_NegativeCostsAndBadBaselineLength_AreNamed()
    {
        Assert.Equal(["discountCost", "fixedCost", "baselineDays"],
            AnalysisRequestValidator.Validate(new PromotionRoiRequest([], PrePeriod, Promotion, -1m, -1m, 0)).Select(e => e.Field));
        var tooLong = Assert.Single(AnalysisRequestValidator.Validate(new PromotionRoiRequest([], PrePeriod, Promotion, 0m, 0m, 11)));
        Assert.Equal("baselineDays", tooLong.Field);
        Assert.Contains("10 days", tooLong.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Promotion_MissingWindowsAndSeries_AreNamed()
    {
        var errors = AnalysisRequestValidator.Validate(new PromotionRoiRequest(null!, null!, null!, 0m, 0m));

        Assert.Equal(["prePeriod", "promotionWindow", "series"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Promotion_MarginOnSomeDaysOnly_IsRejected()
    {
        List<DailyRevenue> series = [new(new(2026, 6, 1), 10m, 3m), new(new(2026, 6, 2), 10m)];

        var error = Assert.Single(AnalysisRequestValidator.Validate(new PromotionRoiRequest(series, PrePeriod, Promotion, 0m, 0m)));

        Assert.Equal("series[1].grossMargin", error.Field);
    }

    [Fact]
    public void Errors_ConvertToValidationProblemShape()
    {
        var problem = new[] { new FieldError("a", "x"), new FieldError("a", "y"), new FieldError("b", "z") }.ToProblemErrors();

        Assert.Equal(["x", "y"], problem["a"]);
        Assert.Equal(["z"], problem["b"]);
    }

    [Fact]
    public void Analyses_RefuseRequestsThatDoNotValidate()
    {
        var elasticity = Assert.Throws<ArgumentException>(() => ElasticityEstimator.Estimate(new ElasticityRequest([], 1.5)));
        Assert.Contains("confidenceLevel", elasticity.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => PriceChangeWhatIf.Simulate(new PriceChangeScenario(-2m, 10m, 1m, -1.5m)));
        Assert.Throws<ArgumentException>(() => VanWestendorpMeter.Analyze(new VanWestendorpRequest([])));
        Assert.Throws<ArgumentException>(() => PromotionRoiCalculator.Calculate(new PromotionRoiRequest([], Promotion, PrePeriod, 1m, 0m)));
    }
}
