using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Sdk.Tiers;

namespace Platform.Sdk.Tests.Tiers;

public sealed class TierValidationTests
{
    private static TierTable Table(TierMode mode, params Tier[] tiers) => new() { Mode = mode, Tiers = tiers };

    private static TierTableError Single(TierTable table) => Assert.Single(table.Validate());

    [Fact]
    public void ValidTable_HasNoErrors()
    {
        Assert.Empty(Table(TierMode.Marginal, Tier.AtRate(0m, 10m, 0.1m), Tier.AtRate(10m, null, 0.2m)).Validate());
    }

    [Fact]
    public void Gap_IsNamedWithBothBounds()
    {
        var error = Single(Table(TierMode.Marginal, Tier.AtRate(0m, 20_000m, 0.05m), Tier.AtRate(25_000m, null, 0.08m)));

        Assert.Equal("Tiers[1].From", error.Field);
        Assert.Equal("A gap between 20000 (end of tier 0) and 25000 (start of tier 1): the measures between are in no tier.", error.Message);
    }

    [Fact]
    public void Overlap_IsNamed()
    {
        var error = Single(Table(TierMode.Marginal, Tier.AtRate(0m, 30_000m, 0.05m), Tier.AtRate(20_000m, null, 0.08m)));

        Assert.Equal("Tiers[1].From", error.Field);
        Assert.Contains("overlap", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnorderedTiers_AreNamed()
    {
        var error = Single(Table(TierMode.Marginal, Tier.AtRate(100m, 200m, 0.05m), Tier.AtRate(0m, null, 0.08m)));

        Assert.Equal("Tiers must be in ascending order: tier 1 starts at 0, below tier 0's 100.", error.Message);
    }

    [Fact]
    public void OpenEndedTierBeforeTheLast_IsRefused()
    {
        var error = Single(Table(TierMode.Marginal, Tier.AtRate(0m, null, 0.05m), Tier.AtRate(10m, null, 0.08m)));

        Assert.Equal("Tiers[0].To", error.Field);
        Assert.Contains("Only the last tier may be open-ended", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UpperBoundNotAboveLowerBound_IsRefused()
    {
        var error = Single(Table(TierMode.Marginal, Tier.AtRate(10m, 10m, 0.05m)));

        Assert.Equal(("Tiers[0].To", "The upper bound 10 must be above the lower bound 10."), (error.Field, error.Message));
    }

    [Fact]
    public void TierPayingNothingOrTwoThings_IsRefused()
    {
        Assert.Equal("A tier pays exactly one of Rate, UnitPrice or FixedAmount; this one sets 0.", Single(Table(TierMode.Marginal, new Tier { From = 0m })).Message);
        Assert.Equal("A tier pays exactly one of Rate, UnitPrice or FixedAmount; this one sets 2.",
            Single(Table(TierMode.Marginal, new Tier { From = 0m, Rate = 0.1m, FixedAmount = 5m })).Message);
    }

    [Fact]
    public void NegativeValues_AreRefusedByField()
    {
        var errors = new TierTable
        {
            Mode = TierMode.Marginal,
            Tiers = [new Tier { From = 0m, Rate = -0.1m, MinimumPayout = -1m }],
            Cap = -5m,
            MaxEffectiveRate = -0.1m,
        }.Validate();

        Assert.Equal(["Tiers[0].Rate", "Tiers[0].MinimumPayout", "Cap", "MaxEffectiveRate"], errors.Select(e => e.Field));
    }

    [Fact]
    public void MaximumBelowMinimum_IsRefused()
    {
        var error = Single(Table(TierMode.WholeAmount, Tier.AtRate(0m, null, 0.1m) with { MinimumPayout = 5m, MaximumPayout = 2m }));

        Assert.Equal(("Tiers[0].MaximumPayout", "The maximum payout 2 is below the minimum payout 5."), (error.Field, error.Message));
    }

    [Fact]
    public void ModeSpecificRules_AreChecked()
    {
        Assert.Equal("Tiers[0].UnitPrice", Single(Table(TierMode.PricePortion, Tier.AtRate(0m, null, 0.1m))).Field);
        Assert.Equal("Tiers[0].UnlocksRetroactively", Single(Table(TierMode.Marginal, Tier.AtRate(0m, null, 0.1m) with { UnlocksRetroactively = true })).Field);
        Assert.Equal("RetroactiveUnlock mode needs at least one tier with UnlocksRetroactively.", Single(Table(TierMode.RetroactiveUnlock, Tier.AtRate(0m, null, 0.1m))).Message);
        Assert.Contains(Table(TierMode.RetroactiveUnlock, Tier.Fixed(0m, null, 5m) with { UnlocksRetroactively = true }).Validate(),
            e => e.Message.Contains("needs a Rate or a UnitPrice", StringComparison.Ordinal));
        Assert.Equal("Mode", Single(Table((TierMode)9, Tier.AtRate(0m, null, 0.1m))).Field);
    }

    [Fact]
    public void EmptyTable_IsRefused()
    {
        Assert.Equal(("Tiers", "A tier table needs at least one tier."), (Single(Table(TierMode.Marginal)).Field, Single(Table(TierMode.Marginal)).Message));
    }

    [Fact]
    public void Evaluate_AnInvalidTable_ThrowsWithEveryError()
    {
        var table = Table(TierMode.Marginal, Tier.AtRate(0m, 20_000m, 0.05m), Tier.AtRate(25_000m, 10_000m, 0.08m));

        var error = Assert.Throws<InvalidTierTableException>(() => table.Evaluate(1m));

        Assert.Equal(2, error.Errors.Count);
        Assert.StartsWith("The tier table is not valid: Tiers[1].From: A gap", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BadOptions_AreRefused()
    {
        var table = Table(TierMode.Marginal, Tier.AtRate(0m, null, 0.05m));

        Assert.Equal("BoundScale", Assert.Single(Assert.Throws<InvalidTierTableException>(() => table.Evaluate(1m, new() { BoundScale = 0m })).Errors).Field);
        Assert.Equal("Cap", Assert.Single(Assert.Throws<InvalidTierTableException>(() => table.Evaluate(1m, new() { Cap = -1m })).Errors).Field);
    }

    [Fact]
    public void Table_RoundTripsThroughJson_AsConfiguration()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
        const string json = """
            { "mode": "Marginal", "cap": 20000, "tiers": [
              { "from": 0, "to": 20000, "rate": 0.05 },
              { "from": 20000, "to": 100000, "rate": 0.08 },
              { "from": 100000, "rate": 0.12, "name": "Gold" } ] }
            """;

        var table = JsonSerializer.Deserialize<TierTable>(json, options)!;
        var again = JsonSerializer.Deserialize<TierTable>(JsonSerializer.Serialize(table, options), options)!;

        Assert.Empty(again.Validate());
        Assert.Equal(13_400m, again.Evaluate(150_000m).Total);
        Assert.Equal("Gold", again.Tiers[2].Name);
        Assert.True(again.Tiers[1].FromInclusive);
        Assert.Equal(20_000m, again.Cap);
    }
}
