namespace Platform.Sdk.Data;

/// <summary>
/// A read of many rows of one entity: only the attributes asked for, every row matching the filters, in key
/// (id) order, streamed as the database returns them (no pages, no whole entities).
/// </summary>
/// <param name="EntityName">The entity (or child entity, such as <c>orderline</c>) to read.</param>
/// <param name="Attributes">The attributes of each row, in the order of the values returned (at most <see cref="MaxAttributes"/>).</param>
public sealed record BulkReadRequest(string EntityName, IReadOnlyList<string> Attributes)
{
    /// <summary>The most attributes one read may ask for.</summary>
    public const int MaxAttributes = 64;

    /// <summary>Conditions that all must hold (the same operators as a query).</summary>
    public IReadOnlyList<QueryFilter> Filters { get; init; } = [];
}

/// <summary>
/// A store that can stream a projection of its rows (<see cref="IDataService.StreamAsync"/>). Each row is an
/// array of the requested attributes' values, in the request's order; the values are those a retrieve returns.
/// </summary>
public interface IBulkReadable
{
    /// <summary>Streams the rows. Unknown attributes or unreadable filter values throw <see cref="Pipeline.InvalidPluginExecutionException"/> naming the field.</summary>
    IAsyncEnumerable<object?[]> StreamAsync(BulkReadRequest request, CancellationToken cancellationToken);
}
