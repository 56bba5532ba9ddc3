using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Pipeline;

namespace Platform.Sdk.Data;

/// <summary>
/// An <see cref="IEntityStore"/> over one EF Core row class with a <c>Guid Id</c>. Maps scalar
/// properties to attributes; override the hooks to handle child rows.
/// </summary>
/// <typeparam name="TContext">The module's DbContext.</typeparam>
/// <typeparam name="TRow">The row class.</typeparam>
public class EfEntityStore<TContext, TRow> : IEntityStore, IBulkReadable
    where TContext : ModuleDbContext
    where TRow : class, new()
{
    private static readonly EntityMap Map = EntityMap.For(typeof(TRow));

    // The row the last CreateAsync saved, for CreateAndReturnAsync (a store lives in one operation's scope).
    private TRow? _inserted;

    /// <summary>Creates the store over the module's context.</summary>
    public EfEntityStore(TContext context, string entityName)
    {
        Context = context;
        EntityName = entityName;
    }

    /// <summary>The module's context, joined to the running operation.</summary>
    protected TContext Context { get; }

    /// <summary>The logical name of the entity this store owns.</summary>
    protected string EntityName { get; }

    /// <inheritdoc />
    public virtual async ValueTask CreateAsync(Entity entity, CancellationToken cancellationToken)
    {
        var row = new TRow();
        ApplyToRow(entity, row);
        Map.Properties["id"].SetValue(row, entity.Id);
        Context.Add(row);
        await Context.SaveChangesAsync(cancellationToken);
        _inserted = row;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Answers from the row <see cref="CreateAsync"/> saved: the context brings every value to what the
    /// database holds before saving (decimals at their column's scale, times in UTC), so the row reads as
    /// a retrieve would. Falls back to a read when an override of <see cref="CreateAsync"/> saved no row here.
    /// </remarks>
    public virtual async ValueTask<Entity?> CreateAndReturnAsync(Entity entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        _inserted = null;
        await CreateAsync(entity, cancellationToken);
        var row = _inserted;
        _inserted = null;
        if (row is not null && Equals(Map.Properties["id"].GetValue(row), entity.Id))
        {
            var created = ToEntity(row);
            created.Version = RecordVersion.Of(Context.Entry(row));
            return created;
        }
        return await RetrieveAsync(entity.Id, cancellationToken);
    }

    /// <inheritdoc />
    public virtual ValueTask<IReadOnlyDictionary<string, string[]>?> ExplainRefusalAsync(Entity target, bool creating, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyDictionary<string, string[]>?>(null);

    /// <inheritdoc />
    public virtual async ValueTask<Entity?> RetrieveAsync(Guid id, CancellationToken cancellationToken)
    {
        var rows = ForRead(Context.Set<TRow>().AsNoTracking()).Where(ById(id));
        if (!Versioned)
        {
            var row = await rows.FirstOrDefaultAsync(cancellationToken);
            return row is null ? null : ToEntity(row);
        }
        var read = await rows.Select(WithVersion).FirstOrDefaultAsync(cancellationToken);
        return read is null ? null : ToEntity(read);
    }

    /// <inheritdoc />
    public virtual async ValueTask<bool> ExistsAsync(Guid id, CancellationToken cancellationToken) =>
        await Context.Set<TRow>().AsNoTracking().AnyAsync(ById(id), cancellationToken);

    /// <inheritdoc />
    /// <remarks>
    /// On a versioned table the version is raised first by one conditional UPDATE (<c>WHERE Version = expected</c>
    /// when the entity carries one): the check is atomic, and the row stays locked for the rest of the
    /// operation, so writes without a condition are applied one after the other (last writer wins).
    /// </remarks>
    public virtual async ValueTask UpdateAsync(Entity entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (Versioned)
        {
            await RaiseVersionAsync(entity.Id, entity.Version, cancellationToken);
        }
        var row = await ForWrite(Context.Set<TRow>()).FirstOrDefaultAsync(ById(entity.Id), cancellationToken)
            ?? throw new EntityNotFoundException(EntityName, entity.Id);
        if (Versioned)
        {
            // Raised above already; the save must not raise it again.
            Context.Entry(row).Property(RecordVersion.PropertyName).IsModified = true;
        }
        ApplyToRow(entity, row);
        await Context.SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public virtual ValueTask DeleteAsync(Guid id, CancellationToken cancellationToken) => DeleteAsync(id, null, cancellationToken);

    /// <inheritdoc />
    public virtual async ValueTask DeleteAsync(Guid id, long? expectedVersion, CancellationToken cancellationToken)
    {
        if (Versioned && expectedVersion is not null)
        {
            await RaiseVersionAsync(id, expectedVersion, cancellationToken);
        }
        var row = await ForWrite(Context.Set<TRow>()).FirstOrDefaultAsync(ById(id), cancellationToken)
            ?? throw new EntityNotFoundException(EntityName, id);
        Context.Remove(row);
        await Context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Raises the row's version by one in a single UPDATE, on the condition that it is
    /// <paramref name="expectedVersion"/> when given; throws when no row matched.
    /// </summary>
    private async Task RaiseVersionAsync(Guid id, long? expectedVersion, CancellationToken cancellationToken)
    {
        var rows = Context.Set<TRow>().Where(ById(id));
        if (expectedVersion is { } expected)
        {
            rows = rows.Where(row => EF.Property<long>(row, RecordVersion.PropertyName) == expected);
        }
        var raised = await rows.ExecuteUpdateAsync(
            s => s.SetProperty(row => EF.Property<long>(row, RecordVersion.PropertyName), row => EF.Property<long>(row, RecordVersion.PropertyName) + 1),
            cancellationToken);
        if (raised == 0)
        {
            throw await ExistsAsync(id, cancellationToken)
                ? new ConcurrencyConflictException(EntityName, id, expectedVersion)
                : new EntityNotFoundException(EntityName, id);
        }
    }

    /// <inheritdoc />
    public virtual async ValueTask<QueryResult> QueryAsync(QueryRequest query, CancellationToken cancellationToken)
    {
        var rows = QueryTranslator.Apply(Context.Set<TRow>().AsNoTracking(), Map, query, out var sorted);
        var total = await rows.CountAsync(cancellationToken);
        var pageRows = ForRead(sorted).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize);
        var items = Versioned
            ? (await pageRows.Select(WithVersion).ToListAsync(cancellationToken)).ConvertAll(ToEntity)
            : (await pageRows.ToListAsync(cancellationToken)).ConvertAll(ToEntity);
        return new QueryResult(items, total, query.Page, query.PageSize);
    }

    /// <inheritdoc />
    public virtual IAsyncEnumerable<object?[]> StreamAsync(BulkReadRequest request, CancellationToken cancellationToken) =>
        BulkProjection.StreamAsync(Context.Set<TRow>().AsNoTracking(), Map, request, cancellationToken);

    /// <summary>Turns a row into an entity; override to add child rows.</summary>
    protected virtual Entity ToEntity(TRow row)
    {
        var entity = new Entity(EntityName, (Guid)Map.Properties["id"].GetValue(row)!);
        Map.CopyToEntity(row, entity);
        return entity;
    }

    /// <summary>
    /// Writes the entity's attributes onto the row; throws <see cref="InvalidPluginExecutionException"/>
    /// with field errors for unknown attributes or wrong types. Override to handle child rows.
    /// </summary>
    protected virtual void ApplyToRow(Entity entity, TRow row)
    {
        var errors = new Dictionary<string, string[]>();
        Map.CopyToRow(entity, row, errors, ChildAttributes);
        if (errors.Count > 0)
        {
            throw new InvalidPluginExecutionException($"The {EntityName} has invalid attributes.") { Errors = errors };
        }
    }

    /// <summary>Attributes the override of <see cref="ApplyToRow"/> handles itself (child lists).</summary>
    protected virtual ISet<string>? ChildAttributes => null;

    /// <summary>Adds includes for reads; the default reads the row alone.</summary>
    protected virtual IQueryable<TRow> ForRead(IQueryable<TRow> rows) => rows;

    /// <summary>Adds includes for updates and deletes; the default loads the row alone.</summary>
    protected virtual IQueryable<TRow> ForWrite(IQueryable<TRow> rows) => rows;

    private static Expression<Func<TRow, bool>> ById(Guid id) => row => EF.Property<Guid>(row, "Id") == id;

    /// <summary>True when the row's table carries a <see cref="RecordVersion"/>.</summary>
    protected bool Versioned => _versioned ??= Context.Model.FindEntityType(typeof(TRow)) is { } type && RecordVersion.IsVersioned(type);

    private bool? _versioned;

    private static readonly Expression<Func<TRow, VersionedRow>> WithVersion =
        row => new VersionedRow(row, EF.Property<long>(row, RecordVersion.PropertyName));

    private Entity ToEntity(VersionedRow read)
    {
        var entity = ToEntity(read.Row);
        entity.Version = read.Version;
        return entity;
    }

    /// <summary>A row read without tracking, with its shadow version.</summary>
    private sealed record VersionedRow(TRow Row, long Version);
}
