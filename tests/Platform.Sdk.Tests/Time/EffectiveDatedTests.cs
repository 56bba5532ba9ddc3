using Platform.Sdk.Time;

namespace Platform.Sdk.Tests.Time;

public sealed class EffectiveDatedTests
{
    private static readonly TimeZoneInfo Shanghai = ZonedDates.Find("Asia/Shanghai");

    private static DateTimeOffset Utc(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // Rate 4% until 31 March, 5% from 1 April, tenant time zone Asia/Shanghai (issue 17).
    [InlineData("2027-03-31T15:00:00Z", 8_000.00)]
    [InlineData("2027-03-31T16:00:00Z", 10_000.00)]
    public void RateChangeAtLocalMidnight_AppliesByTheTenantsZone(string orderedAt, double expected)
    {
        var rates = new EffectiveTimeline<decimal>(
        [
            EffectiveDated.FromLocalDates(0.04m, new DateOnly(2027, 1, 1), new DateOnly(2027, 4, 1), Shanghai),
            EffectiveDated.FromLocalDates(0.05m, new DateOnly(2027, 4, 1), null, Shanghai),
        ]);

        Assert.Equal((decimal)expected, 200_000m * rates.ValueAt(Utc(orderedAt)));
    }

    [Fact]
    public void FromLocalDates_StartsAtLocalMidnightInUtc()
    {
        var version = EffectiveDated.FromLocalDates("x", new DateOnly(2027, 4, 1), new DateOnly(2027, 5, 1), Shanghai);

        Assert.Equal(Utc("2027-03-31T16:00:00Z"), version.From);
        Assert.Equal(Utc("2027-04-30T16:00:00Z"), version.To);
    }

    [Fact]
    public void Boundaries_FromIsInclusive_ToIsExclusive()
    {
        var from = Utc("2026-01-01T00:00:00Z");
        var to = Utc("2026-02-01T00:00:00Z");
        var timeline = new EffectiveTimeline<string>([new("january", from, to), new("march", Utc("2026-03-01T00:00:00Z"))]);

        Assert.Equal("january", timeline.At(from)?.Value);
        Assert.Equal("january", timeline.At(to.AddTicks(-1))?.Value);
        Assert.Null(timeline.At(to));
        Assert.Null(timeline.At(from.AddTicks(-1)));
        Assert.Equal("march", timeline.At(Utc("2099-01-01T00:00:00Z"))?.Value);
        Assert.Contains("No version is in force at 2026-02-01T00:00:00.0000000+00:00", Assert.Throws<InvalidOperationException>(() => timeline.ValueAt(to)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Instants_AreComparedWhateverTheirOffset()
    {
        var timeline = new EffectiveTimeline<int>([new(1, Utc("2026-01-01T00:00:00Z"), Utc("2026-01-02T00:00:00Z")), new(2, Utc("2026-01-02T00:00:00Z"))]);

        // 07:59 on the 2nd in Shanghai is still the 1st, 23:59 UTC.
        Assert.Equal(1, timeline.ValueAt(Utc("2026-01-02T07:59:00+08:00")));
        Assert.Equal(2, timeline.ValueAt(Utc("2026-01-02T08:00:00+08:00")));
    }

    [Fact]
    public void VersionsGivenOutOfOrder_AreSortedForLookups()
    {
        var timeline = new EffectiveTimeline<int>([new(3, Utc("2026-03-01T00:00:00Z")), new(1, Utc("2026-01-01T00:00:00Z"), Utc("2026-02-01T00:00:00Z")), new(2, Utc("2026-02-01T00:00:00Z"), Utc("2026-03-01T00:00:00Z"))]);

        Assert.Equal([1, 2, 3], timeline.Versions.Select(v => v.Value));
        Assert.Equal(2, timeline.ValueAt(Utc("2026-02-15T00:00:00Z")));
    }

    [Fact]
    public void OverlappingVersions_AreRefusedNamingThem()
    {
        var error = Assert.Throws<InvalidTimelineException>(() => new EffectiveTimeline<int>(
            [new(1, Utc("2026-01-01T00:00:00Z"), Utc("2026-02-15T00:00:00Z")), new(2, Utc("2026-02-01T00:00:00Z"))]));

        var message = Assert.Single(error.Errors);
        Assert.Equal("Versions 0 and 1 overlap: 0 is in force until 2026-02-15T00:00:00.0000000+00:00, 1 from 2026-02-01T00:00:00.0000000+00:00.", message);
    }

    [Fact]
    public void OpenEndedVersionFollowedByAnother_Overlaps()
    {
        var errors = EffectiveDated.Validate([new EffectiveDated<int>(1, Utc("2026-01-01T00:00:00Z")), new EffectiveDated<int>(2, Utc("2026-06-01T00:00:00Z"))]);

        Assert.Contains("open end", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void VersionEndingBeforeItStarts_IsRefused()
    {
        var errors = EffectiveDated.Validate([new EffectiveDated<int>(1, Utc("2026-02-01T00:00:00Z"), Utc("2026-02-01T00:00:00Z"))]);

        Assert.StartsWith("Version 0 ends at", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void AdjacentVersions_AreValid()
    {
        Assert.Empty(EffectiveDated.Validate([new EffectiveDated<int>(1, Utc("2026-01-01T00:00:00Z"), Utc("2026-02-01T00:00:00Z")), new EffectiveDated<int>(2, Utc("2026-02-01T00:00:00Z"))]));
    }
}
