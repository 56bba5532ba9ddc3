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
        return row is not null && Equals(Map.Properties["id"].GetValue(row), entity.Id)
            ? ToEntity(row)
            : await RetrieveAsync(entity.Id, cancellationToken);
    }

    /// <inheritdoc />
    public virtual ValueTask<IReadOnlyDictionary<string, string[]>?> ExplainRefusalAsync(Entity target, bool creating, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyDictionary<string, string[]>?>(null);

    /// <inheritdoc />
    public virtual async ValueTask<Entity?> RetrieveAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await ForRead(Context.Set<TRow>().AsNoTracking()).FirstOrDefaultAsync(ById(id), cancellationToken);
        return row is null ? null : ToEntity(row);
    }

    /// <inheritdoc />
    public virtual async ValueTask<bool> ExistsAsync(Guid id, CancellationToken cancellationToken) =>
        await Context.Set<TRow>().AsNoTracking().AnyAsync(ById(id), cancellationToken);

    /// <inheritdoc />
    public virtual async ValueTask UpdateAsync(Entity entity, CancellationToken cancellationToken)
    {
        var row = await ForWrite(Context.Set<TRow>()).FirstOrDefaultAsync(ById(entity.Id), cancellationToken)
            ?? throw new EntityNotFoundException(EntityName, entity.Id);
        ApplyToRow(entity, row);
        await Context.SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public virtual async ValueTask DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await ForWrite(Context.Set<TRow>()).FirstOrDefaultAsync(ById(id), cancellationToken)
            ?? throw new EntityNotFoundException(EntityName, id);
        Context.Remove(row);
        await Context.SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public virtual async ValueTask<QueryResult> QueryAsync(QueryRequest query, CancellationToken cancellationToken)
    {
        var rows = QueryTranslator.Apply(Context.Set<TRow>().AsNoTracking(), Map, query, out var sorted);
        var total = await rows.CountAsync(cancellationToken);
        var page = await ForRead(sorted).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new QueryResult(page.ConvertAll(ToEntity), total, query.Page, query.PageSize);
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
}
