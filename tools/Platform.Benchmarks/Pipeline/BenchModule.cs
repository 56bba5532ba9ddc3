using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Modules;
using Platform.Sdk.Data;
using Platform.Sdk.Modules;
using Platform.Sdk.Pipeline;

namespace Platform.Benchmarks.Pipeline;

/// <summary>The small entity written by the pipeline benchmark (entity <c>note</c>, table <c>bench_notes</c>).</summary>
public sealed class NoteRow
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public string? Body { get; set; }
    public int Counter { get; set; }
}

public sealed class NoteDbContext(DbContextOptions<NoteDbContext> options) : ModuleDbContext(options)
{
    public DbSet<NoteRow> Notes => Set<NoteRow>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<NoteRow>().ToTable("notes");
}

/// <summary>The note's main operation: the SDK's generic EF Core store, unchanged.</summary>
public sealed class NoteStore(NoteDbContext context) : EfEntityStore<NoteDbContext, NoteRow>(context, BenchModule.Entity);

/// <summary>
/// A main operation that writes nothing (entity <c>memo</c>): with it, a Create measures the pipeline's own
/// machinery (scope services, context, transaction begin/commit on the connection, steps) without the
/// EF Core insert, whose cost and noise would otherwise hide a microsecond-sized per-step figure.
/// </summary>
public sealed class NullStore : IEntityStore
{
    public ValueTask CreateAsync(Entity entity, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    public ValueTask<Entity?> RetrieveAsync(Guid id, CancellationToken cancellationToken) => ValueTask.FromResult<Entity?>(null);
    public ValueTask UpdateAsync(Entity entity, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    public ValueTask DeleteAsync(Guid id, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    public ValueTask<QueryResult> QueryAsync(QueryRequest query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new QueryResult([], 0, query.Page, query.PageSize));
}

/// <summary>A synchronous step that does nothing: what remains is the pipeline's own cost of running a step.</summary>
public sealed class NoopStep<TTag> : IPipelineStep
{
    public ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

public sealed class Tag1;
public sealed class Tag2;
public sealed class Tag3;
public sealed class Tag4;
public sealed class Tag5;

/// <summary>
/// An in-process module owning <c>note</c>, with <paramref name="steps"/> no-op steps on Create note
/// (distinct step types, spread over the stages as 2 PreValidation, 2 PreOperation, 1 PostOperation).
/// </summary>
public sealed class BenchModule(int steps) : IModule
{
    public const string Entity = "note";

    /// <summary>The entity whose main operation writes nothing (<see cref="NullStore"/>).</summary>
    public const string NullEntity = "memo";

    public static InProcessModule Create(int steps)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(steps, 5);
        var manifest = new ModuleManifest { Id = "bench.notes", Version = "1.0.0", Sdk = "^1.0.0", Schema = "bench" };
        return new InProcessModule(manifest, new BenchModule(steps));
    }

    public void Register(IModuleBuilder builder)
    {
        builder.AddDbContext<NoteDbContext>();
        builder.AddEntityStore<NoteStore>(Entity);
        builder.AddEntityStore<NullStore>(NullEntity);
        var added = 0;
        void Add<TStep>(PipelineStage stage) where TStep : class, IPipelineStep
        {
            if (added++ < steps)
            {
                builder.AddStep<TStep>(new StepRegistration(PipelineMessages.Create, Entity, stage));
                builder.AddStep<TStep>(new StepRegistration(PipelineMessages.Create, NullEntity, stage));
            }
        }
        Add<NoopStep<Tag1>>(PipelineStage.PreValidation);
        Add<NoopStep<Tag2>>(PipelineStage.PreOperation);
        Add<NoopStep<Tag3>>(PipelineStage.PostOperation);
        Add<NoopStep<Tag4>>(PipelineStage.PreValidation);
        Add<NoopStep<Tag5>>(PipelineStage.PreOperation);
    }

    public Task StartAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<NoteDbContext>().GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellationToken);
}
