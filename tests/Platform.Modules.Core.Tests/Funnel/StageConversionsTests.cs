using System.ComponentModel.DataAnnotations;
using Platform.Modules.Core.Funnel;
using Platform.Modules.Core.Settings;

namespace Platform.Modules.Core.Tests.Funnel;

/// <summary>The funnel benchmark settings: four falling percentages, refused with a reason otherwise.</summary>
public sealed class StageConversionsTests
{
    [Fact]
    public void Four_falling_percentages_are_read_in_stage_order()
    {
        Assert.True(StageConversions.TryParse(" 40, 25,12.5,5 ", out var values, out _));
        Assert.Equal([40m, 25m, 12.5m, 5m], values);
    }

    [Theory]
    [InlineData("40,25,12", "gives 3")]
    [InlineData("40,25,12,5,1", "gives 5")]
    [InlineData("40,50,12,5", "must not rise")]
    [InlineData("40,25,x,5", "'x' is not one")]
    [InlineData("140,25,12,5", "'140' is not one")]
    [InlineData("", "'' is not one")]
    public void Anything_else_is_refused_with_the_reason(string text, string reason)
    {
        Assert.False(StageConversions.TryParse(text, out _, out var why));
        Assert.Contains(reason, why, StringComparison.Ordinal);
    }

    [Fact]
    public void The_settings_validation_names_the_benchmark_setting()
    {
        var settings = new CoreSettings { FunnelBestPracticeConversion = "60,40,45,15" };
        var results = new List<ValidationResult>();

        var valid = Validator.TryValidateObject(settings, new ValidationContext(settings), results, validateAllProperties: true);

        Assert.False(valid);
        var result = Assert.Single(results);
        Assert.Equal([nameof(CoreSettings.FunnelBestPracticeConversion)], result.MemberNames);
        Assert.StartsWith("FunnelBestPracticeConversion must not rise", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_are_the_domain_brief_s_benchmarks()
    {
        var settings = new CoreSettings();

        Assert.Equal([40m, 25m, 12m, 5m], StageConversions.Parse(settings.FunnelIndustryConversion));
        Assert.Equal([60m, 40m, 25m, 15m], StageConversions.Parse(settings.FunnelBestPracticeConversion));
    }
}
