namespace Platform.Sdk.Data;

/// <summary>
/// The main operation (stage 30) for the entities a module owns. Resolved from the operation's
/// scope, so it works on the module's DbContext inside the operation's transaction.
/// </summary>
public interface IEntityStore
{
    /// <summary>Inserts the entity; its <see cref="Entity.Id"/> is already set.</summary>
    ValueTask CreateAsync(Entity entity, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts the entity and returns the record exactly as <see cref="RetrieveAsync"/> would read it
    /// afterwards. The default inserts, then reads; a store that knows what it wrote overrides this to
    /// answer without the extra read.
    /// </summary>
    async ValueTask<Entity?> CreateAndReturnAsync(Entity entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        await CreateAsync(entity, cancellationToken);
        return await RetrieveAsync(entity.Id, cancellationToken);
    }

    /// <summary>
    /// Called when a database rule (unique index, foreign key, trigger) refused this store's create or update,
    /// after the operation was rolled back: the attributes at fault with a message each, or null when the
    /// store cannot tell (the caller then answers 409). A store whose references the database enforces can so
    /// skip looking them up before every write and still answer a 400 that names each field.
    /// </summary>
    ValueTask<IReadOnlyDictionary<string, string[]>?> ExplainRefusalAsync(Entity target, bool creating, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyDictionary<string, string[]>?>(null);

    /// <summary>Reads one entity with all attributes, or null.</summary>
    ValueTask<Entity?> RetrieveAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// True when the entity exists. The pipeline asks before Update and Delete run their steps, so an
    /// operation on a missing record is a 404 whatever the steps would have said.
    /// </summary>
    async ValueTask<bool> ExistsAsync(Guid id, CancellationToken cancellationToken) => await RetrieveAsync(id, cancellationToken) is not null;

    /// <summary>
    /// Writes the attributes present on the entity; throws <see cref="EntityNotFoundException"/> if it does not
    /// exist, and <see cref="ConcurrencyConflictException"/> when <see cref="Entity.Version"/> is set and is not the stored version.
    /// </summary>
    ValueTask UpdateAsync(Entity entity, CancellationToken cancellationToken);

    /// <summary>Deletes the entity; throws <see cref="EntityNotFoundException"/> if it does not exist.</summary>
    ValueTask DeleteAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the entity only while its stored version is <paramref name="expectedVersion"/> (null: any), with
    /// the version in the condition of a statement, so two writers with the same version cannot both pass;
    /// throws <see cref="ConcurrencyConflictException"/> otherwise. The default supports no condition.
    /// </summary>
    ValueTask DeleteAsync(Guid id, long? expectedVersion, CancellationToken cancellationToken) =>
        expectedVersion is null ? DeleteAsync(id, cancellationToken)
            : throw new NotSupportedException($"{GetType().Name} cannot delete on a version condition.");

    /// <summary>Reads a filtered, sorted page.</summary>
    ValueTask<QueryResult> QueryAsync(QueryRequest query, CancellationToken cancellationToken);
}
