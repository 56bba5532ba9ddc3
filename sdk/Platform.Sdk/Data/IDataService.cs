namespace Platform.Sdk.Data;

/// <summary>
/// Reads and writes the data model. Every write (and every custom message) runs through the event
/// pipeline; a call from inside a step joins the running operation (same transaction, depth + 1).
/// </summary>
public interface IDataService
{
    /// <summary>Creates an entity and returns its id (the entity's own id if it has one).</summary>
    Task<Guid> CreateAsync(Entity entity, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates an entity and returns the record as a read right after the operation would return it
    /// (including changes that steps made through this service). The default creates, then reads.
    /// </summary>
    async Task<Entity?> CreateAndRetrieveAsync(Entity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var id = await CreateAsync(entity, cancellationToken);
        return await RetrieveAsync(entity.LogicalName, id, cancellationToken);
    }

    /// <summary>Reads one entity, or null when it does not exist.</summary>
    Task<Entity?> RetrieveAsync(string entityName, Guid id, CancellationToken cancellationToken = default);

    /// <summary>Updates the attributes present on <paramref name="entity"/>.</summary>
    Task UpdateAsync(Entity entity, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes an entity; throws <see cref="EntityNotFoundException"/> when it does not exist. With
    /// <paramref name="expectedVersion"/>, only while its stored version is that one; throws
    /// <see cref="ConcurrencyConflictException"/> when it is not (null: any version, last writer wins).
    /// </summary>
    Task DeleteAsync(string entityName, Guid id, long? expectedVersion = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a filtered, sorted page of an entity.</summary>
    Task<QueryResult> QueryAsync(QueryRequest query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams every row of an entity that matches the filters, in id order, as arrays of the requested
    /// attributes (for period closes and forecasts over millions of rows: no pages, no whole entities). The
    /// owning store must offer it (<see cref="IBulkReadable"/>); the caller needs the entity's read permission.
    /// </summary>
    IAsyncEnumerable<object?[]> StreamAsync(BulkReadRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("This data service does not stream.");

    /// <summary>
    /// Counts and sums the rows of an entity that match the filters, grouped by attributes and by the period of a
    /// date attribute in a time zone, in one pass over a bulk read of only those attributes (<see cref="BulkAggregator"/>).
    /// </summary>
    Task<AggregateResult> AggregateAsync(AggregateRequest request, CancellationToken cancellationToken = default) =>
        BulkAggregator.AggregateAsync(StreamAsync(BulkAggregator.ReadFor(request), cancellationToken), request, cancellationToken);

    /// <summary>
    /// Runs a custom message by its unique name. The request and response are exchanged by shape
    /// (JSON), so the caller needs no reference to the module that owns the message.
    /// </summary>
    Task<TResponse> ExecuteAsync<TResponse>(string messageName, object request, CancellationToken cancellationToken = default);
}

/// <summary>Thrown when an entity to update or delete does not exist (the API answers 404).</summary>
public sealed class EntityNotFoundException : Exception
{
    /// <summary>Creates the exception for an entity and id.</summary>
    public EntityNotFoundException(string entityName, Guid id) : base($"{entityName} {id} does not exist.")
    {
        EntityName = entityName;
        Id = id;
    }

    /// <summary>The entity's logical name.</summary>
    public string EntityName { get; } = "";

    /// <summary>The id that was not found.</summary>
    public Guid Id { get; }
}

/// <summary>
/// Thrown when a write's expected version (<c>If-Match</c>) is not the stored one: another write came
/// first (the API answers 412). Without an expected version it means the row changed under a write that
/// could not be retried (409).
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    /// <summary>Creates the exception for an entity, id and the version the caller expected.</summary>
    public ConcurrencyConflictException(string entityName, Guid id, long? expectedVersion)
        : base(expectedVersion is null
            ? $"{entityName} {id} was changed by another operation at the same time."
            : $"{entityName} {id} is no longer at version {expectedVersion}: it was changed after it was read. Read it again and retry.")
    {
        EntityName = entityName;
        Id = id;
        ExpectedVersion = expectedVersion;
    }

    /// <summary>The entity's logical name.</summary>
    public string EntityName { get; } = "";

    /// <summary>The record's id.</summary>
    public Guid Id { get; }

    /// <summary>The version the caller expected, or null.</summary>
    public long? ExpectedVersion { get; }
}
