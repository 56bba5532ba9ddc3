using System.Collections.Concurrent;
using Platform.Sdk.Data;
using Platform.Sdk.Modules;

namespace Fixtures.Plans;

/// <summary>
/// The fixture's entity <c>plan</c>, kept in memory per tenant. Every stored plan carries <c>storedBy</c>, the
/// id of the module whose store wrote it, so a test sees which of the two <c>plan</c> entities an operation reached.
/// </summary>
public sealed class PlanStore(ICallerContext caller) : IEntityStore
{
    private static readonly ConcurrentDictionary<(string Tenant, Guid Id), Entity> Rows = new();

    /// <inheritdoc />
    public ValueTask CreateAsync(Entity entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var row = entity.Clone();
        row["storedBy"] = PlansModule.Id;
        Rows[(caller.TenantId, entity.Id)] = row;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<Entity?> RetrieveAsync(Guid id, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Rows.TryGetValue((caller.TenantId, id), out var row) ? row.Clone() : null);

    /// <inheritdoc />
    public ValueTask UpdateAsync(Entity entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (!Rows.TryGetValue((caller.TenantId, entity.Id), out var row))
        {
            throw new EntityNotFoundException(entity.LogicalName, entity.Id);
        }
        foreach (var (name, value) in entity.Attributes)
        {
            row[name] = value;
        }
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask DeleteAsync(Guid id, CancellationToken cancellationToken) =>
        Rows.TryRemove((caller.TenantId, id), out _) ? ValueTask.CompletedTask : throw new EntityNotFoundException("plan", id);

    /// <inheritdoc />
    public ValueTask<QueryResult> QueryAsync(QueryRequest query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var items = Rows.Where(r => r.Key.Tenant == caller.TenantId).Select(r => r.Value.Clone()).ToList();
        return ValueTask.FromResult(new QueryResult(items, items.Count, 1, items.Count));
    }
}
