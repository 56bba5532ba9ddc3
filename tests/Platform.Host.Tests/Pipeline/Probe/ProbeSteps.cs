using Platform.Sdk.Data;
using Platform.Sdk.Pipeline;

namespace Platform.Host.Tests.Pipeline.Probe;

public sealed class Tag1;
public sealed class Tag2;
public sealed class Tag3;

/// <summary>Records "stage:tag:tx=bool".</summary>
public sealed class RecordStep<TTag>(ProbeRecorder recorder) : IPipelineStep
{
    public ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        recorder.Record($"{(int)context.Stage}:{typeof(TTag).Name}:tx={context.IsInTransaction}");
        return ValueTask.CompletedTask;
    }
}

public sealed class RefuseStep : IPipelineStep
{
    public ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken) =>
        throw new InvalidPluginExecutionException("Credit limit exceeded for this customer.") { Errors = { ["title"] = ["Not allowed."] } };
}

public sealed class CrashStep : IPipelineStep
{
    public ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The disk exploded.");
}

/// <summary>Writes a row through another module's DbContext (joins the operation's transaction).</summary>
public sealed class AuditStep(AuditDbContext audit) : IPipelineStep
{
    public async ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        audit.Entries.Add(new AuditRow { Id = Guid.NewGuid(), What = $"{(int)context.Stage}:{context.MessageName}" });
        await audit.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Creates another note from inside the pipeline: an endless loop unless depth protection stops it.</summary>
public sealed class RecurseStep(ProbeRecorder recorder) : IPipelineStep
{
    public async ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        recorder.Record($"depth={context.Depth}");
        var child = new Entity("note") { ["title"] = $"child at {context.Depth}" };
        await context.DataService.CreateAsync(child, cancellationToken);
    }
}

public sealed class CooperativeSlowStep : IPipelineStep
{
    public async ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken) =>
        await Task.Delay(TimeSpan.FromSeconds(20), cancellationToken);
}

public sealed class StubbornSlowStep : IPipelineStep
{
    public async ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken) =>
        await Task.Delay(TimeSpan.FromSeconds(3), CancellationToken.None);
}

public sealed class ImageStep(ProbeRecorder recorder) : IPipelineStep
{
    public ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        recorder.Seen[$"pre@{(int)context.Stage}"] = ProbeRecorder.Copy(context.PreImage);
        recorder.Seen[$"post@{(int)context.Stage}"] = ProbeRecorder.Copy(context.PostImage);
        recorder.Seen[$"target@{(int)context.Stage}"] = ProbeRecorder.Copy(context.Target);
        return ValueTask.CompletedTask;
    }
}

public sealed class SharedWriteStep : IPipelineStep
{
    public ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        context.SharedVariables["ticket"] = $"from {(int)context.Stage}";
        context.Tracing.Trace("wrote ticket at {0}", (int)context.Stage);
        return ValueTask.CompletedTask;
    }
}

public sealed class SharedReadStep(ProbeRecorder recorder) : IPipelineStep
{
    public ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        recorder.Record($"{(int)context.Stage}:ticket={context.SharedVariables["ticket"]}");
        return ValueTask.CompletedTask;
    }
}

/// <summary>Changes the target before the main operation.</summary>
public sealed class UppercaseTitleStep : IPipelineStep
{
    public ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        if (context.Target is { } target && target.GetValue<string>("title") is { } title)
        {
            target["title"] = title.ToUpperInvariant();
        }
        return ValueTask.CompletedTask;
    }
}

/// <summary>After a note is created, changes its body through the data service (a nested update).</summary>
public sealed class StampBodyAfterCreateStep : IPipelineStep
{
    public async ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        var id = (Guid)context.OutputParameters["Id"]!;
        await context.DataService.UpdateAsync(new Entity("note", id) { ["body"] = "stamped after create" }, cancellationToken);
    }
}
