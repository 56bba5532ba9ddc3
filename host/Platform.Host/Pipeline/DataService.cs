using Platform.Sdk.Data;
using Platform.Sdk.Http;
using Platform.Sdk.Pipeline;

namespace Platform.Host.Pipeline;

/// <summary>
/// The SDK's data service. The instance a caller gets from DI starts operations at depth 1; the one a
/// step gets from its context starts nested operations one level deeper, inside the running transaction.
/// </summary>
internal sealed class DataService(PipelineExecutor executor, int depth = 0) : IDataService
{
    public async Task<Guid> CreateAsync(Entity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.Id == Guid.Empty)
        {
            entity.Id = Guid.CreateVersion7();
        }
        await Run(new Operation(PipelineMessages.Create, entity.LogicalName, entity), cancellationToken);
        return entity.Id;
    }

    public async Task<Entity?> CreateAndRetrieveAsync(Entity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.Id == Guid.Empty)
        {
            entity.Id = Guid.CreateVersion7();
        }
        return (Entity?)await Run(new Operation(PipelineMessages.Create, entity.LogicalName, entity, ReturnRecord: true), cancellationToken);
    }

    public async Task<Entity?> RetrieveAsync(string entityName, Guid id, CancellationToken cancellationToken = default)
    {
        var store = executor.ResolveStore(entityName);
        executor.AuthorizeRead(entityName);
        return await store.RetrieveAsync(id, cancellationToken);
    }

    public Task UpdateAsync(Entity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return Run(new Operation(PipelineMessages.Update, entity.LogicalName, entity, entity.Id), cancellationToken);
    }

    public Task DeleteAsync(string entityName, Guid id, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        Run(new Operation(PipelineMessages.Delete, entityName, Id: id, ExpectedVersion: expectedVersion), cancellationToken);

    public async Task<QueryResult> QueryAsync(QueryRequest query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var store = executor.ResolveStore(query.EntityName);
        executor.AuthorizeRead(query.EntityName);
        return await store.QueryAsync(query, cancellationToken);
    }

    public IAsyncEnumerable<object?[]> StreamAsync(BulkReadRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var store = executor.ResolveStore(request.EntityName);
        executor.AuthorizeRead(request.EntityName);
        return store is IBulkReadable bulk
            ? bulk.StreamAsync(request, cancellationToken)
            : throw new InvalidPluginExecutionException($"The {request.EntityName} entity does not offer bulk reads.");
    }

    public async Task<TResponse> ExecuteAsync<TResponse>(string messageName, object request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageName);
        ArgumentNullException.ThrowIfNull(request);
        var response = await Run(new Operation(messageName, null, Request: request), cancellationToken);
        return MessageShapes.Convert<TResponse>(response);
    }

    private Task<object?> Run(Operation operation, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(operation, depth + 1, new DataService(executor, depth + 1), cancellationToken);

    public override string ToString() => $"DataService(depth {depth})";
}
