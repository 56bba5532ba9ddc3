using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Modules;
using Platform.Host.Pipeline;
using Platform.Host.Tenants;
using Platform.Sdk.Data;
using Platform.Sdk.Http;
using static Platform.Benchmarks.Support.Report;

namespace Platform.Benchmarks.Orders;

/// <summary>
/// Where the platform's time per order goes: the stages of <c>POST /api/core/orders</c> (as the SDK's
/// entity endpoint runs them) timed one by one in process, without HTTP, next to the baseline's EF Core
/// insert alone. Interleaved blocks, median per stage.
/// </summary>
public static class OrdersBreakdown
{
    public sealed record Stage(string Name, double MedianMicros);

    private const string TenantId = "demo";

    public static async Task<IReadOnlyList<Stage>> RunAsync(
        IServiceProvider platform, IServiceProvider baseline, Func<byte[]> nextBody, int rounds, int blockSize = 50)
    {
        var core = platform.GetRequiredService<ModuleCatalog>().Modules.First(m => m.Id == "platform.core");
        var inputType = core.Assembly!.GetType("Platform.Modules.Core.Inputs.OrderInput", throwOnError: true)!;
        var registry = platform.GetRequiredService<PipelineRegistry>();
        var storeType = registry.Entities["platform.core/order"].StoreType;
        var lastId = Guid.Empty;
        // As a request does: the key's tenant and its state (enabled modules, settings) on the scope's RequestContext.
        var tenant = await platform.GetRequiredService<TenantDirectory>().GetAsync(TenantId, CancellationToken.None)
            ?? throw new InvalidOperationException($"Tenant '{TenantId}' does not exist.");
        var scopes = platform.GetRequiredService<IServiceScopeFactory>();

        object Parse(byte[] body)
        {
            using var document = JsonDocument.Parse(body);
            var input = document.RootElement.Deserialize(inputType, EntityEndpoints.InputJson)!;
            if (InputValidator.Validate(input).Count > 0)
            {
                throw new InvalidOperationException("The order body does not validate.");
            }
            return input;
        }
        Entity NewEntity() => InputMapper.ToEntity(Parse(nextBody()), "order");
        AsyncServiceScope Scope() => scopes.CreateTenantScope(TenantId, tenant);

        var bodies = new Queue<byte[]>();
        var inputs = new Queue<object>();
        var entities = new Queue<Entity>();
        var stages = new (string Name, Func<Task> Prepare, Func<Task> Run)[]
        {
            ("Platform: read + validate the JSON body (JsonDocument, deserialise, data annotations)",
                () => { bodies.Enqueue(nextBody()); return Task.CompletedTask; },
                () => { Parse(bodies.Dequeue()); return Task.CompletedTask; }),
            ("Platform: map the input to an entity (InputMapper)",
                () => { inputs.Enqueue(Parse(nextBody())); return Task.CompletedTask; },
                () => { InputMapper.ToEntity(inputs.Dequeue(), "order"); return Task.CompletedTask; }),
            ("Platform: IDataService.Create (pipeline: reference-check step + order store, one transaction)",
                () => { entities.Enqueue(NewEntity()); return Task.CompletedTask; },
                async () =>
                {
                    await using var scope = Scope();
                    lastId = await scope.ServiceProvider.GetRequiredService<IDataService>().CreateAsync(entities.Dequeue());
                }),
            ("Platform: the order store alone in an explicit transaction (no pipeline, no reference check)",
                () => { entities.Enqueue(NewEntity()); return Task.CompletedTask; },
                async () =>
                {
                    await using var scope = Scope();
                    var db = scope.ServiceProvider.GetRequiredService<Platform.Host.Data.OperationDatabase>();
                    await db.BeginAsync(CancellationToken.None);
                    var entity = entities.Dequeue();
                    entity.Id = Guid.CreateVersion7();
                    await ((IEntityStore)scope.ServiceProvider.GetRequiredService(storeType)).CreateAsync(entity, CancellationToken.None);
                    await db.CommitAsync(CancellationToken.None);
                }),
            ("Platform: read the order back (IDataService.Retrieve, with lines)",
                () => Task.CompletedTask,
                async () =>
                {
                    await using var scope = Scope();
                    await scope.ServiceProvider.GetRequiredService<IDataService>().RetrieveAsync("order", lastId);
                }),
            ("Platform: shape and serialise the response (EntityJson + System.Text.Json)",
                async () =>
                {
                    await using var scope = Scope();
                    entities.Enqueue((await scope.ServiceProvider.GetRequiredService<IDataService>().RetrieveAsync("order", lastId))!);
                },
                () => { JsonSerializer.SerializeToUtf8Bytes(EntityJson.ToJson(entities.Dequeue()), OrderServers.Json); return Task.CompletedTask; }),
            ("Baseline: deserialise the body (System.Text.Json)",
                () => { bodies.Enqueue(nextBody()); return Task.CompletedTask; },
                () => { JsonSerializer.Deserialize<OrderBody>(bodies.Dequeue(), OrderServers.Json); return Task.CompletedTask; }),
            ("Baseline: the EF Core insert alone (order + 5 lines, one SaveChanges)",
                () => { bodies.Enqueue(nextBody()); return Task.CompletedTask; },
                async () =>
                {
                    await using var scope = baseline.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<BaselineDb>();
                    db.Orders.Add(BaselineOrderServer.ToRow(JsonSerializer.Deserialize<OrderBody>(bodies.Dequeue(), OrderServers.Json)!));
                    await db.SaveChangesAsync();
                }),
        };

        var samples = stages.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds + 1; round++)
        {
            for (var s = 0; s < stages.Length; s++)
            {
                for (var i = 0; i < blockSize; i++)
                {
                    await stages[s].Prepare();
                }
                var elapsed = TimeSpan.Zero;
                for (var i = 0; i < blockSize; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    await stages[s].Run();
                    elapsed += Stopwatch.GetElapsedTime(started);
                }
                if (round > 0)
                {
                    samples[s].Add(elapsed.TotalMicroseconds / blockSize);
                }
            }
        }
        return [.. stages.Select((stage, i) => new Stage(stage.Name, Median(samples[i])))];
    }
}
