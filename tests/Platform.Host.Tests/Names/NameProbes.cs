using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Pipeline;
using Platform.Host.Tests.Support;
using Platform.Sdk.Data;
using Platform.Sdk.Messages;
using Platform.Sdk.Pipeline;

namespace Platform.Host.Tests.Names;

/// <summary>A message request and response for name tests.</summary>
public sealed record Ping(string Text);

/// <summary>Answers the request it got.</summary>
public sealed class PingHandler : ICustomMessageHandler<Ping, Ping>
{
    public ValueTask<Ping> HandleAsync(Ping request, IPipelineContext context, CancellationToken cancellationToken) => ValueTask.FromResult(request);
}

/// <summary>An entity store that keeps nothing: name tests only need an owner.</summary>
public sealed class PlanLikeStore : IEntityStore
{
    public ValueTask CreateAsync(Entity entity, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<Entity?> RetrieveAsync(Guid id, CancellationToken cancellationToken) => ValueTask.FromResult<Entity?>(null);

    public ValueTask UpdateAsync(Entity entity, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask DeleteAsync(Guid id, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<QueryResult> QueryAsync(QueryRequest query, CancellationToken cancellationToken) => ValueTask.FromResult(new QueryResult([], 0, 1, 0));
}

internal static class NameProbeKit
{
    /// <summary>The data service as the module's own code gets it (its calls resolve its own names first).</summary>
    public static IDataService DataServiceOf(this TestPlatform platform, string moduleId)
    {
        var module = platform.Catalog.Modules.Single(m => m.Id == moduleId);
        return new ModuleDataService(platform.Services.CreateScope().ServiceProvider.GetRequiredService<IDataService>(), module);
    }

    private sealed class ModuleDataService(IDataService inner, Platform.Host.Modules.ModuleDescriptor module) : IDataService
    {
        public async Task<Guid> CreateAsync(Entity entity, CancellationToken cancellationToken = default)
        {
            CallingModule.Enter(module);
            return await inner.CreateAsync(entity, cancellationToken);
        }

        public Task<Entity?> RetrieveAsync(string entityName, Guid id, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task UpdateAsync(Entity entity, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task DeleteAsync(string entityName, Guid id, long? expectedVersion = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<QueryResult> QueryAsync(QueryRequest query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<TResponse> ExecuteAsync<TResponse>(string messageName, object request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
