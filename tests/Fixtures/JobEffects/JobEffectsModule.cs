using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.Sdk.Data;
using Platform.Sdk.Jobs;
using Platform.Sdk.Modules;
using Platform.Sdk.Pipeline;

namespace Fixtures.JobEffects;

/// <summary>
/// Custom message <c>jobfx.ping</c> with an asynchronous PostOperation step that inserts one effect row
/// per execution (job id, no uniqueness, so a double execution shows as a duplicate). Endpoints:
/// <c>POST /api/jobfx/setup</c> creates the table, <c>POST /api/jobfx/batch?count=&amp;delayMs=</c> runs
/// that many pings (one operation, so one job, each), <c>GET /api/jobfx/effects</c> counts rows.
/// With <c>Modules:fixtures.job-effects:TickSeconds</c> (or <c>:TickCron</c>, a cron expression) set, a recurring job <c>tick</c> runs that often and
/// writes one row per execution too (keyed by job id, stamped with its occurrence); <c>GET /api/jobfx/ticks</c> counts them.
/// </summary>
public sealed class JobEffectsModule : IModule
{
    /// <summary>The custom message.</summary>
    public const string Ping = "jobfx.ping";

    /// <inheritdoc />
    public void Register(IModuleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddDbContext<EffectsDbContext>();
        builder.AddMessage<PingRequest, PingResponse, PingHandler>(Ping);
        builder.AddStep<RecordEffectStep>(new StepRegistration(Ping, null, PipelineStage.PostOperation) { Mode = StepMode.Asynchronous, Timeout = TimeSpan.FromSeconds(30) });
        builder.MapEndpoints(MapEndpoints);
        if (int.TryParse(builder.Configuration["TickSeconds"], out var seconds) && seconds > 0)
        {
            builder.AddRecurringJob<TickJob>("tick", JobSchedule.Every(TimeSpan.FromSeconds(seconds)));
        }
        else if (builder.Configuration["TickCron"] is { Length: > 0 } cron)
        {
            builder.AddRecurringJob<TickJob>("tick", JobSchedule.CronExpression(cron));
        }
    }

    private static void MapEndpoints(IEndpointRouteBuilder e)
    {
        e.MapPost("/api/jobfx/setup", async (EffectsDbContext db, CancellationToken ct) =>
        {
            // The fixture ships no migrations; the test creates its table once per tenant database.
            await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(ct);
            return Results.NoContent();
        });
        e.MapPost("/api/jobfx/batch", async (int count, int? delayMs, IDataService data, CancellationToken ct) =>
        {
            for (var i = 0; i < count; i++)
            {
                await data.ExecuteAsync<PingResponse>(Ping, new PingRequest(i, delayMs ?? 0), ct);
            }
            return Results.Ok(new { recorded = count });
        });
        e.MapGet("/api/jobfx/ticks", async (DateTimeOffset until, EffectsDbContext db, CancellationToken ct) =>
        {
            var ticks = db.Effects.Where(x => x.Kind == TickJob.Kind && x.At <= until);
            return Results.Ok(new
            {
                total = await ticks.CountAsync(ct),
                distinctJobs = await ticks.Select(x => x.JobId).Distinct().CountAsync(ct),
                occurrences = await ticks.Select(x => x.At).Distinct().OrderBy(x => x).ToListAsync(ct),
            });
        });
        e.MapGet("/api/jobfx/effects", async (EffectsDbContext db, CancellationToken ct) => Results.Ok(new
        {
            total = await db.Effects.CountAsync(x => x.Kind == null, ct),
            distinct = await db.Effects.Where(x => x.Kind == null).Select(x => x.JobId).Distinct().CountAsync(ct),
        }));
    }
}

/// <summary>The ping's request: a sequence number and how long the asynchronous step should take.</summary>
public sealed record PingRequest(int Number, int DelayMs);

/// <summary>The ping's response.</summary>
public sealed record PingResponse(int Number);

/// <summary>Answers a ping at once; the work is the asynchronous step's.</summary>
public sealed class PingHandler : Platform.Sdk.Messages.ICustomMessageHandler<PingRequest, PingResponse>
{
    /// <inheritdoc />
    public ValueTask<PingResponse> HandleAsync(PingRequest request, IPipelineContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ValueTask.FromResult(new PingResponse(request.Number));
    }
}

/// <summary>One row per execution of the asynchronous step.</summary>
public sealed class EffectRow
{
    /// <summary>Row id.</summary>
    public Guid Id { get; set; }

    /// <summary>The job that ran (the step's OperationId).</summary>
    public Guid JobId { get; set; }

    /// <summary>When (a tick: its occurrence).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>What wrote it: null for the step, <c>tick</c> for the recurring job.</summary>
    public string? Kind { get; set; }
}

/// <summary>The fixture's schema: <c>jobfx.effects</c>.</summary>
public sealed class EffectsDbContext(DbContextOptions<EffectsDbContext> options) : ModuleDbContext(options)
{
    /// <summary>Effects.</summary>
    public DbSet<EffectRow> Effects => Set<EffectRow>();

    /// <inheritdoc />
    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<EffectRow>().ToTable("effects");
}

/// <summary>Waits the requested time (a slow-ish job), then writes its effect row in the job's transaction.</summary>
public sealed class RecordEffectStep(EffectsDbContext db) : IPipelineStep
{
    /// <inheritdoc />
    public async ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // A job's request arrives as JSON (the platform stored it); a module reads it by shape.
        var delayMs = context.InputParameters["Request"] switch
        {
            PingRequest typed => typed.DelayMs,
            JsonElement json => json.GetProperty("delayMs").GetInt32(),
            _ => 0,
        };
        if (delayMs > 0)
        {
            await Task.Delay(delayMs, cancellationToken);
        }
        db.Effects.Add(new EffectRow { Id = Guid.NewGuid(), JobId = context.OperationId, At = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The recurring job: one row per execution, stamped with its occurrence, in the job's transaction.</summary>
public sealed class TickJob(EffectsDbContext db) : IRecurringJob
{
    /// <summary>The rows' kind.</summary>
    public const string Kind = "tick";

    /// <inheritdoc />
    public async ValueTask ExecuteAsync(RecurringJobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        db.Effects.Add(new EffectRow { Id = Guid.NewGuid(), JobId = context.OperationId, At = context.OccurrenceUtc, Kind = Kind });
        await db.SaveChangesAsync(cancellationToken);
    }
}
