using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Tests.Pipeline.Probe;
using Platform.Sdk.Data;
using Platform.Sdk.Pipeline;

namespace Platform.Host.Tests.Jobs;

/// <summary>Writes an audit row keyed by the job id and records what the step saw.</summary>
public sealed class AsyncAuditStep(AuditDbContext audit, ProbeRecorder recorder) : IPipelineStep
{
    public async ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        recorder.Runs.Enqueue(DateTimeOffset.UtcNow);
        var note = context.Target is { } target ? await context.DataService.RetrieveAsync("note", target.Id, cancellationToken) : null;
        recorder.Seen[$"job:{context.OperationId}"] = new SeenContext(
            context.Mode, (int)context.Stage, context.IsInTransaction, context.CorrelationId, context.InitiatingUserId, context.Depth,
            context.Target?.Clone(), context.OutputParameters.TryGetValue("Id", out var id) ? id : null, note is not null);
        audit.Entries.Add(new AuditRow { Id = Guid.NewGuid(), What = $"job:{context.OperationId}" });
        await audit.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>What <see cref="AsyncAuditStep"/> saw.</summary>
public sealed record SeenContext(StepMode Mode, int Stage, bool InTransaction, Guid CorrelationId, string User, int Depth, Entity? Target, object? OutputId, bool NoteCommitted);

/// <summary>Fails while <see cref="ProbeRecorder.FailuresLeft"/> says so, then writes an audit row.</summary>
public sealed class FlakyAsyncStep(AuditDbContext audit, ProbeRecorder recorder) : IPipelineStep
{
    public async ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        recorder.Runs.Enqueue(DateTimeOffset.UtcNow);
        if (recorder.TakeFailure())
        {
            throw new InvalidOperationException("The disk exploded.");
        }
        audit.Entries.Add(new AuditRow { Id = Guid.NewGuid(), What = $"job:{context.OperationId}" });
        await audit.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Holds its job running until the test releases <see cref="ProbeRecorder.Gate"/>.</summary>
public sealed class GateStep(ProbeRecorder recorder) : IPipelineStep
{
    public async ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        recorder.Runs.Enqueue(DateTimeOffset.UtcNow);
        await recorder.Gate.WaitAsync(cancellationToken);
    }
}

/// <summary>
/// The first execution sleeps past its lease without touching the database (so another worker can take
/// the job over), then writes; later executions write at once. Both write an audit row keyed by the job.
/// </summary>
public sealed class SlowFirstRunStep(IServiceProvider services, ProbeRecorder recorder) : IPipelineStep
{
    public async ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        recorder.Runs.Enqueue(DateTimeOffset.UtcNow);
        if (recorder.Runs.Count == 1)
        {
            await Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None);
        }
        var audit = services.GetRequiredService<AuditDbContext>();
        audit.Entries.Add(new AuditRow { Id = Guid.NewGuid(), What = $"job:{context.OperationId}" });
        await audit.SaveChangesAsync(cancellationToken);
        recorder.Record("wrote");
    }
}

/// <summary>Synchronous PostOperation: a note titled "parent…" creates a child note; "parent-fail" then aborts the operation.</summary>
public sealed class ChildCreatingStep : IPipelineStep
{
    public async ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        var title = context.Target?.GetValue<string>("title") ?? "";
        if (!title.StartsWith("parent", StringComparison.Ordinal))
        {
            return;
        }
        await context.DataService.CreateAsync(new Entity("note") { ["title"] = "child of " + title }, cancellationToken);
        if (title == "parent-fail")
        {
            throw new InvalidPluginExecutionException("The parent refuses after its child was created.");
        }
    }
}

/// <summary>Takes 30 ms before writing its audit row (without holding the database), so several workers share a batch of jobs.</summary>
public sealed class PacedAuditStep(IServiceProvider services) : IPipelineStep
{
    public async ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        await Task.Delay(30, cancellationToken);
        var audit = services.GetRequiredService<AuditDbContext>();
        audit.Entries.Add(new AuditRow { Id = Guid.NewGuid(), What = $"job:{context.OperationId}" });
        await audit.SaveChangesAsync(cancellationToken);
    }
}
