using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Data;
using Platform.Host.Pipeline;
using Platform.Sdk.Data;

namespace Platform.Benchmarks.Pipeline;

/// <summary>
/// Figure 1: one Create of a small entity (3 attributes) per invocation, each in a new DI scope with the
/// tenant set, as a request would do. The baseline is the hand-written equivalent: the same module
/// DbContext (attached by the host to the scope's connection), an explicit transaction, Add, SaveChanges,
/// Commit. Every variant runs on one platform instance and writes to the same SQLite file and table.
/// </summary>
/// <remarks>
/// The platform is started once per process and shared by every benchmark case: EF Core allocates about
/// 7 KB more per context in a second host of the same process (its internal service-provider cache then
/// compares option sets on every context creation), which would favour whichever case ran first. The table
/// is emptied before every iteration (untimed; the runner fixes the invocation count per iteration), so
/// every case inserts into a table of the same size however many iterations BenchmarkDotNet chooses.
/// </remarks>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private static readonly Lazy<InProcessPlatform> Shared = new(() => InProcessPlatform.StartAsync().GetAwaiter().GetResult());

    /// <summary>Stops the shared platform and deletes its folder (the runner calls it when every case has run).</summary>
    public static async Task DisposeSharedAsync()
    {
        if (Shared.IsValueCreated)
        {
            await Shared.Value.DisposeAsync();
        }
    }

    private InProcessPlatform _platform = null!;
    private int _counter;

    [GlobalSetup]
    public void Setup()
    {
        _platform = Shared.Value;
        EmptyTable();
    }

    /// <summary>Deletes every note, so inserts always go into a small table.</summary>
    [IterationSetup]
    public void EmptyTable()
    {
        using var scope = _platform.CreateScope();
        scope.ServiceProvider.GetRequiredService<NoteDbContext>().Notes.ExecuteDelete();
    }

    /// <summary>What hand-written code does to be atomic: explicit transaction, typed row, SaveChanges, commit.</summary>
    [Benchmark(Baseline = true, Description = "Hand-written EF insert in explicit transaction")]
    public async Task Baseline()
    {
        await using var scope = _platform.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NoteDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Notes.Add(new NoteRow { Id = Guid.CreateVersion7(), Title = "hello", Body = "a small note", Counter = ++_counter });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    /// <summary>The entity store alone (late-bound entity mapped to the row) in an explicit transaction: no pipeline.</summary>
    [Benchmark(Description = "Entity store in explicit transaction (no pipeline)")]
    public async Task StoreOnly()
    {
        await using var scope = _platform.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NoteDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<NoteStore>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var entity = NewEntity(BenchModule.Note);
        entity.Id = Guid.CreateVersion7();
        await store.CreateAsync(entity, CancellationToken.None);
        await transaction.CommitAsync();
    }

    [Benchmark(Description = "IDataService.Create, 0 steps")]
    public Task Pipeline0() => CreateAsync(BenchModule.Note);

    [Benchmark(Description = "IDataService.Create, 5 no-op steps")]
    public Task Pipeline5() => CreateAsync(BenchModule.Note5);

    /// <summary>
    /// The baseline without the insert: the scope's connection, an explicit transaction, commit. Against the
    /// no-op-store variants it gives the pipeline's own cost without the insert's cost and noise.
    /// </summary>
    [Benchmark(Description = "Hand-written empty transaction (no insert)")]
    public async Task BaselineNoInsert()
    {
        await using var scope = _platform.CreateScope();
        var connection = scope.ServiceProvider.GetRequiredService<OperationDatabase>().Connection;
        await using var transaction = await connection.BeginTransactionAsync();
        await transaction.CommitAsync();
    }

    /// <summary>The same Create on an entity whose main operation writes nothing: the pipeline machinery alone.</summary>
    [Benchmark(Description = "IDataService.Create, 0 steps, no-op store")]
    public Task NullStore0() => CreateAsync(BenchModule.Memo);

    [Benchmark(Description = "IDataService.Create, 5 no-op steps, no-op store")]
    public Task NullStore5() => CreateAsync(BenchModule.Memo5);

    private async Task CreateAsync(string entity)
    {
        await using var scope = _platform.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IDataService>().CreateAsync(NewEntity(entity));
    }

    private Entity NewEntity(string entity) => new(entity)
    {
        ["title"] = "hello",
        ["body"] = "a small note",
        ["counter"] = ++_counter,
    };
}
