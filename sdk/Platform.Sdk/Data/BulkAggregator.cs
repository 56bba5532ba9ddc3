using Platform.Sdk.Pipeline;
using Platform.Sdk.Time;

namespace Platform.Sdk.Data;

/// <summary>
/// Folds a bulk read into groups (<see cref="IDataService.AggregateAsync"/>): the read asks only for the group,
/// period and summed attributes, and one pass keeps a count and decimal sums per group.
/// </summary>
internal static class BulkAggregator
{
    /// <summary>The bulk read that feeds <paramref name="request"/>: group attributes, then the period attribute, then the sums.</summary>
    public static BulkReadRequest ReadFor(AggregateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        IEnumerable<string> attributes = request.GroupBy;
        if (request.Period is { } period)
        {
            attributes = attributes.Append(period.Attribute);
        }
        return new BulkReadRequest(request.EntityName, [.. attributes.Concat(request.Sum)]) { Filters = request.Filters };
    }

    /// <summary>Groups the rows of <see cref="ReadFor"/>; throws <see cref="InvalidPluginExecutionException"/> naming the field for a value that cannot be summed or grouped by period, or for too many groups.</summary>
    public static async Task<AggregateResult> AggregateAsync(IAsyncEnumerable<object?[]> rows, AggregateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(request);
        var keyCount = request.GroupBy.Count;
        var sumStart = keyCount + (request.Period is null ? 0 : 1);
        var groups = new Dictionary<GroupKey, Accumulator>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var period = request.Period is { } grouping ? PeriodOf(row[keyCount], grouping) : null;
            var key = new GroupKey(row[..keyCount], period);
            if (!groups.TryGetValue(key, out var accumulator))
            {
                if (groups.Count == AggregateRequest.MaxGroups)
                {
                    throw Refused("groupBy", $"The aggregate has more than {AggregateRequest.MaxGroups:N0} groups; group by fewer attributes or filter the rows.");
                }
                groups[key] = accumulator = new Accumulator(request.Sum.Count);
            }
            accumulator.Count++;
            for (var i = 0; i < request.Sum.Count; i++)
            {
                accumulator.Sums[i] += Number(row[sumStart + i], request.Sum[i]);
            }
        }
        return new AggregateResult([.. groups
            .OrderBy(g => g.Key.Period?.Start ?? DateOnly.MinValue)
            .ThenBy(g => string.Join('\u001f', g.Key.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))), StringComparer.Ordinal)
            .Select(g => new AggregateGroup(g.Key.Values, g.Key.Period, g.Value.Count, g.Value.Sums))]);
    }

    private static Period? PeriodOf(object? value, PeriodGrouping grouping) => value switch
    {
        null => null,
        DateTimeOffset instant => grouping.Scheme.PeriodOf(instant, grouping.TimeZone),
        DateOnly day => grouping.Scheme.PeriodOf(day),
        _ => throw Refused($"period.{grouping.Attribute}", $"'{grouping.Attribute}' is not a date or date-time attribute."),
    };

    private static decimal Number(object? value, string attribute) => value switch
    {
        null => 0m,
        decimal d => d,
        int i => i,
        long l => l,
        short s => s,
        double d => (decimal)d,
        float f => (decimal)f,
        _ => throw Refused($"sum.{attribute}", $"'{attribute}' is not a number and cannot be summed."),
    };

    private static InvalidPluginExecutionException Refused(string field, string message) =>
        new("The aggregate is not valid.") { Errors = new Dictionary<string, string[]> { [field] = [message] } };

    private sealed class Accumulator(int sums)
    {
        public long Count { get; set; }

        public decimal[] Sums { get; } = new decimal[sums];
    }

    private readonly struct GroupKey(object?[] values, Period? period) : IEquatable<GroupKey>
    {
        public object?[] Values { get; } = values;

        public Period? Period { get; } = period;

        public bool Equals(GroupKey other) => Equals(Period?.Start, other.Period?.Start) && Values.AsSpan().SequenceEqual(other.Values);

        public override bool Equals(object? obj) => obj is GroupKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(Period?.Start);
            foreach (var value in Values)
            {
                hash.Add(value);
            }
            return hash.ToHashCode();
        }
    }
}
