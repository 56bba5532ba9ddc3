namespace Platform.Sdk.Kpis;

/// <summary>
/// A module's key performance indicators (for example Core's funnel conversion). Contributed with
/// <c>builder.Contribute&lt;IKpiProvider, MyKpis&gt;()</c>; dashboards enumerate the providers of the modules enabled
/// for the tenant through <see cref="Contributions.IContributions"/> and compute the indicators they declare.
/// </summary>
public interface IKpiProvider
{
    /// <summary>The indicators the provider computes.</summary>
    IReadOnlyList<KpiDefinition> Kpis { get; }

    /// <summary>Computes one of <see cref="Kpis"/> over a period, optionally narrowed by dimensions.</summary>
    Task<KpiValue> ComputeAsync(string kpi, KpiQuery query, CancellationToken cancellationToken);
}

/// <summary>An indicator a provider computes.</summary>
/// <param name="Name">Unique name, for example <c>core.win-rate</c>.</param>
/// <param name="Title">Shown to the user.</param>
/// <param name="Unit">What the value counts: <c>percent</c>, <c>currency</c>, <c>days</c>, <c>count</c>.</param>
public sealed record KpiDefinition(string Name, string Title, string Unit);

/// <summary>The period (UTC, end exclusive) and the dimensions (for example <c>regionId</c>, <c>repId</c>) to compute over.</summary>
public sealed record KpiQuery(DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>Dimension filters: attribute name to value.</summary>
    public IReadOnlyDictionary<string, string> Dimensions { get; init; } = new Dictionary<string, string>();
}

/// <summary>A computed indicator; <see cref="Value"/> is null when the period has no data.</summary>
public sealed record KpiValue(string Name, decimal? Value, string Unit);
