using Platform.Sdk.Time;

namespace Platform.Sdk.Data;

/// <summary>
/// Counts and sums of an entity's rows grouped by attributes and, optionally, by the period of a date attribute in
/// a time zone (<see cref="IDataService.AggregateAsync"/>): a period close or a forecast's history without loading
/// whole entities.
/// </summary>
/// <param name="EntityName">The entity (or child entity, such as <c>orderline</c>).</param>
public sealed record AggregateRequest(string EntityName)
{
    /// <summary>The most groups one aggregate returns; more is refused (group by fewer attributes or filter).</summary>
    public const int MaxGroups = 100_000;

    /// <summary>Attributes whose values form a group, in key order.</summary>
    public IReadOnlyList<string> GroupBy { get; init; } = [];

    /// <summary>Groups also by the period a date attribute falls in, or null.</summary>
    public PeriodGrouping? Period { get; init; }

    /// <summary>Numeric attributes summed per group, in the order of <see cref="AggregateGroup.Sums"/>.</summary>
    public IReadOnlyList<string> Sum { get; init; } = [];

    /// <summary>Conditions that all must hold (the same operators as a query).</summary>
    public IReadOnlyList<QueryFilter> Filters { get; init; } = [];
}

/// <summary>The period of <paramref name="Attribute"/> (a date or an instant, read in <paramref name="TimeZone"/>) under <paramref name="Scheme"/>.</summary>
/// <param name="Attribute">A date-time-with-offset or date attribute.</param>
/// <param name="Scheme">Period length and fiscal year.</param>
/// <param name="TimeZone">The zone whose local day decides the period (the tenant's).</param>
public sealed record PeriodGrouping(string Attribute, PeriodScheme Scheme, TimeZoneInfo TimeZone);

/// <summary>The groups, ordered by period, then by key values.</summary>
/// <param name="Groups">One entry per distinct key (and period).</param>
public sealed record AggregateResult(IReadOnlyList<AggregateGroup> Groups);

/// <summary>One group.</summary>
/// <param name="Keys">The values of <see cref="AggregateRequest.GroupBy"/>, in order.</param>
/// <param name="Period">The period, when the request groups by one.</param>
/// <param name="Count">Rows in the group.</param>
/// <param name="Sums">The sums of <see cref="AggregateRequest.Sum"/>, in order.</param>
public sealed record AggregateGroup(IReadOnlyList<object?> Keys, Period? Period, long Count, IReadOnlyList<decimal> Sums);
