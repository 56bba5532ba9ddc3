using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Modules;
using Platform.Sdk.Data;
using Platform.Sdk.Modules;
using Platform.Sdk.Pipeline;

namespace Platform.Benchmarks.Pipeline;

/// <summary>The small entity written by the pipeline benchmark (entities <c>note</c> and <c>note5</c>, table <c>bench_notes</c>).</summary>
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
public sealed class NoteStore(NoteDbContext context) : EfEntityStore<NoteDbContext, NoteRow>(context, BenchModule.Note);

/// <summary>The same store for <c>note5</c>, the entity with five steps (same table).</summary>
public sealed class Note5Store(NoteDbContext context) : EfEntityStore<NoteDbContext, NoteRow>(context, BenchModule.Note5);

/// <summary>
/// A main operation that writes nothing (entities <c>memo</c>, <c>memo5</c>): with it, a Create measures the pipeline's own
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
/// The in-process benchmark module. One platform instance serves every variant (a second host in the same
/// process measured ~7 KB more per EF Core insert than the first, so variants must not be split across
/// instances). Entities: <c>note</c> (no steps) and <c>note5</c> (5 no-op steps: 2 PreValidation,
/// 2 PreOperation, 1 PostOperation), both stored by the EF Core store in one table; <c>memo</c> and
/// <c>memo5</c>, the same pair with a store that writes nothing.
/// </summary>
public sealed class BenchModule : IModule
{
    public const string Note = "note";
    public const string Note5 = "note5";
    public const string Memo = "memo";
    public const string Memo5 = "memo5";

    public static InProcessModule Create() =>
        new(new ModuleManifest { Id = "bench.notes", Version = "1.0.0", Sdk = "^2.0.0", Schema = "bench" }, new BenchModule());

    public void Register(IModuleBuilder builder)
    {
        builder.AddDbContext<NoteDbContext>();
        builder.AddEntityStore<NoteStore>(Note);
        builder.AddEntityStore<Note5Store>(Note5);
        builder.AddEntityStore<NullStore>(Memo);
        builder.AddEntityStore<NullStore>(Memo5);
        foreach (var entity in new[] { Note5, Memo5 })
        {
            StepRegistration At(PipelineStage stage) => new(PipelineMessages.Create, entity, stage);
            builder.AddStep<NoopStep<Tag1>>(At(PipelineStage.PreValidation))
                .AddStep<NoopStep<Tag2>>(At(PipelineStage.PreValidation))
                .AddStep<NoopStep<Tag3>>(At(PipelineStage.PreOperation))
                .AddStep<NoopStep<Tag4>>(At(PipelineStage.PreOperation))
                .AddStep<NoopStep<Tag5>>(At(PipelineStage.PostOperation));
        }
    }

    /// <summary>Nothing: the module ships no migrations, and module start runs outside any tenant; <see cref="CreateTablesAsync"/> makes the table.</summary>
    public Task StartAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Creates the module's table in the database of the scope's tenant.</summary>
    public static Task CreateTablesAsync(IServiceProvider tenantScope, CancellationToken cancellationToken) =>
        tenantScope.GetRequiredService<NoteDbContext>().GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellationToken);
}
