using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Host.Data;
using Platform.Host.Jobs;
using Platform.Host.Modules;
using Platform.Host.Observability;
using Platform.Sdk.Data;
using Platform.Sdk.Pipeline;

namespace Platform.Host.Pipeline;

/// <summary>One operation to run: a data message on an entity, or a custom message.</summary>
/// <remarks>
/// <paramref name="ReturnRecord"/>: a create answers the stored record instead of its id (the store's own
/// answer, or a read inside the transaction when another operation ran after the main operation).
/// </remarks>
internal sealed record Operation(string Message, string? Entity, Entity? Target = null, Guid Id = default, object? Request = null, bool ReturnRecord = false);

/// <summary>
/// Runs operations through the stages: PreValidation outside the transaction; PreOperation, the main
/// operation and synchronous PostOperation inside one transaction shared by every module. Scoped:
/// one per request.
/// </summary>
internal sealed class PipelineExecutor(
    IServiceProvider services, PipelineRegistry registry, OperationDatabase database, RequestContext request,
    TraceStore traces, JobRecorder jobs, IOptions<PipelineOptions> options)
{
    private readonly PipelineOptions _options = options.Value;
    private Func<ModuleDescriptor, bool>? _isActive;

    // Operations started in this scope; a create's stored record is stale once another one has run after it.
    private long _operationsStarted;

    public async Task<object?> ExecuteAsync(Operation operation, int depth, DataService nested, CancellationToken cancellationToken)
    {
        if (depth != 1)
        {
            return await ExecuteWithinLimitAsync(operation, depth, nested, cancellationToken);
        }
        // A caller's operation has one time limit for everything it runs; nested operations share it.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_options.OperationTimeout);
        try
        {
            return await ExecuteWithinLimitAsync(operation, depth, nested, limit.Token);
        }
        catch (Exception e) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Whatever gave way when the limit passed (a step, a database command) is the timeout's doing.
            throw new PipelineOperationTimeoutException(operation.Message, operation.Entity, _options.OperationTimeout, e);
        }
    }

    private async Task<object?> ExecuteWithinLimitAsync(Operation operation, int depth, DataService nested, CancellationToken cancellationToken)
    {
        if (depth > _options.MaxDepth)
        {
            throw new PipelineDepthExceededException(depth, _options.MaxDepth, operation.Message, operation.Entity);
        }
        _operationsStarted++;
        // Names are resolved once, before any step runs: the plan, the context and stage 30 use the owner found here.
        var entityOwner = operation.Entity is null ? null : ResolveEntity(operation.Entity);
        var messageOwner = entityOwner is null ? registry.ResolveMessage(operation.Message, CallingModule.Current, _isActive ??= IsActive) : null;
        var plan = registry.GetPlan(messageOwner?.QualifiedName ?? operation.Message, entityOwner?.QualifiedName);
        var context = new PipelineContext(request, depth, messageOwner?.MessageName ?? operation.Message, entityOwner?.EntityName, nested, () => database.InTransaction);
        if (operation.Target is not null)
        {
            context.InputParameters["Target"] = operation.Target;
        }
        if (operation.Id != Guid.Empty)
        {
            context.InputParameters["Id"] = operation.Id;
        }
        if (operation.Request is not null)
        {
            context.InputParameters["Request"] = operation.Request;
        }
        var store = entityOwner is null ? null : (IEntityStore)services.GetRequiredService(entityOwner.StoreType);
        if (store is not null && operation.Message is PipelineMessages.Update or PipelineMessages.Delete)
        {
            var id = operation.Target?.Id ?? operation.Id;
            if (plan.NeedsPreImage)
            {
                context.FullPreImage = await store.RetrieveAsync(id, cancellationToken) ?? throw new EntityNotFoundException(operation.Entity!, id);
            }
            else if (!await store.ExistsAsync(id, cancellationToken))
            {
                throw new EntityNotFoundException(operation.Entity!, id);
            }
        }

        using var activity = StartOperationActivity(operation, depth);
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var result = await RunStagesAsync(operation, plan, store, entityOwner?.Module ?? messageOwner!.Module, messageOwner, context, cancellationToken);
            outcome = "succeeded";
            return result;
        }
        finally
        {
            context.StepTimer?.Dispose();
            RecordOperation(operation, outcome, started, activity);
        }
    }

    private Activity? StartOperationActivity(Operation operation, int depth)
    {
        var activity = PlatformTelemetry.Source.StartActivity(operation.Entity is null ? $"operation {operation.Message}" : $"operation {operation.Message} {operation.Entity}");
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("platform.tenant", request.TenantId);
            activity.SetTag("platform.message", operation.Message);
            activity.SetTag("platform.entity", operation.Entity);
            activity.SetTag("platform.correlation_id", request.CorrelationId);
            activity.SetTag("platform.depth", depth);
        }
        return activity;
    }

    private static void RecordOperation(Operation operation, string outcome, long started, Activity? activity)
    {
        if (activity is not null && outcome != "succeeded")
        {
            activity.SetStatus(ActivityStatusCode.Error, outcome);
        }
        if (PlatformTelemetry.Operations.Enabled || PlatformTelemetry.OperationDuration.Enabled)
        {
            var tags = PlatformTelemetry.OperationTags(operation.Message, operation.Entity, outcome);
            PlatformTelemetry.Operations.Add(1, tags);
            PlatformTelemetry.OperationDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, tags);
        }
    }

    private async Task<object?> RunStagesAsync(
        Operation operation, PipelinePlan plan, IEntityStore? store, ModuleDescriptor owner, MessageOwner? message, PipelineContext context, CancellationToken cancellationToken)
    {
        await RunStageAsync(plan.PreValidation, PipelineStage.PreValidation, context, cancellationToken);
        var ownsTransaction = !database.InTransaction;
        var refusedByDatabase = false;
        if (ownsTransaction)
        {
            await database.BeginAsync(cancellationToken);
        }
        try
        {
            await RunStageAsync(plan.PreOperation, PipelineStage.PreOperation, context, cancellationToken);
            context.Stage = PipelineStage.MainOperation;
            object? stored;
            try
            {
                stored = await RunMainOperationAsync(operation, plan, store, owner, message, context, cancellationToken);
            }
            catch (DbUpdateException) when (ownsTransaction && store is not null && operation.Message is PipelineMessages.Create or PipelineMessages.Update)
            {
                refusedByDatabase = true;
                throw;
            }
            var operationsAfterMain = _operationsStarted;
            if (plan.NeedsPostImage && store is not null && operation.Message != PipelineMessages.Delete)
            {
                context.FullPostImage = stored is Entity created
                    ? created.Clone()
                    : await store.RetrieveAsync(operation.Target?.Id ?? operation.Id, cancellationToken);
            }
            await RunStageAsync(plan.PostOperation, PipelineStage.PostOperation, context, cancellationToken);
            if (plan.Asynchronous.Length > 0)
            {
                await RecordJobsAsync(plan.Asynchronous, context, cancellationToken);
            }
            var result = stored;
            if (operation.Message == PipelineMessages.Create && store is not null)
            {
                var id = operation.Target!.Id;
                result = !operation.ReturnRecord ? id
                    : _operationsStarted == operationsAfterMain ? stored
                    : await store.RetrieveAsync(id, cancellationToken);
            }
            if (ownsTransaction)
            {
                await database.CommitAsync(cancellationToken);
                jobs.Committed();
            }
            return result;
        }
        catch
        {
            if (ownsTransaction)
            {
                await database.RollbackAsync();
                jobs.RolledBack();
            }
            if (refusedByDatabase && await store!.ExplainRefusalAsync(operation.Target!, operation.Message == PipelineMessages.Create, cancellationToken) is { Count: > 0 } errors)
            {
                throw new InvalidPluginExecutionException($"The {operation.Entity} refers to records that do not exist or may not be used, or repeats a unique value.")
                {
                    Errors = errors.ToDictionary(),
                };
            }
            throw;
        }
    }

    /// <summary>Records each applicable asynchronous step as a job, inside the operation's transaction.</summary>
    private async Task RecordJobsAsync(StepDescriptor[] steps, PipelineContext context, CancellationToken cancellationToken)
    {
        context.Stage = PipelineStage.PostOperation;
        foreach (var step in steps)
        {
            if (step.Module.IsRunning && request.IsModuleEnabled(step.Module.Id) && PassesFilter(step, context))
            {
                await jobs.RecordAsync(step, context, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Runs a job's asynchronous step with a context rebuilt from the job, in the transaction the caller
    /// opened; nested operations the step starts join it at the job's depth + 1.
    /// </summary>
    internal async Task RunJobAsync(StepDescriptor step, ClaimedJob job, CancellationToken cancellationToken)
    {
        var context = new PipelineContext(request, job.Depth, job.Message, job.Entity, new DataService(this, job.Depth), () => database.InTransaction)
        {
            Stage = PipelineStage.PostOperation,
            Mode = StepMode.Asynchronous,
            OperationId = job.Id,
        };
        JobPayload.Read(job.Payload, context);
        try
        {
            await RunStepAsync(step, context, cancellationToken);
        }
        finally
        {
            context.StepTimer?.Dispose();
        }
    }

    public IEntityStore ResolveStore(string entity) => (IEntityStore)services.GetRequiredService(ResolveEntity(entity).StoreType);

    /// <summary>The entity's owner for the calling module and tenant (ADR 0018); unknown and ambiguous names throw.</summary>
    private EntityOwner ResolveEntity(string entity) => registry.ResolveEntity(entity, CallingModule.Current, _isActive ??= IsActive);

    private bool IsActive(ModuleDescriptor module) => module.IsRunning && request.IsModuleEnabled(module.Id);

    /// <summary>Runs stage 30. A create returns the stored record when the caller or a post-image needs it, else the id.</summary>
    private async Task<object?> RunMainOperationAsync(
        Operation operation, PipelinePlan plan, IEntityStore? store, ModuleDescriptor owner, MessageOwner? message, PipelineContext context, CancellationToken cancellationToken)
    {
        CallingModule.Enter(owner);
        switch (operation.Message)
        {
            case PipelineMessages.Create when store is not null:
                context.OutputParameters["Id"] = operation.Target!.Id;
                if (operation.ReturnRecord || plan.NeedsPostImage)
                {
                    return await store.CreateAndReturnAsync(operation.Target, cancellationToken);
                }
                await store.CreateAsync(operation.Target, cancellationToken);
                return operation.Target.Id;
            case PipelineMessages.Update when store is not null:
                await store.UpdateAsync(operation.Target!, cancellationToken);
                return null;
            case PipelineMessages.Delete when store is not null:
                await store.DeleteAsync(operation.Id, cancellationToken);
                return null;
            default:
                if (message is null || !IsActive(message.Module))
                {
                    throw new UnknownTargetException($"Custom message '{operation.Message}'");
                }
                var response = await message.Invoker.InvokeAsync(services, operation.Request!, context, cancellationToken);
                context.OutputParameters["Response"] = response;
                return response;
        }
    }

    private async ValueTask RunStageAsync(StepDescriptor[] steps, PipelineStage stage, PipelineContext context, CancellationToken cancellationToken)
    {
        context.Stage = stage;
        foreach (var step in steps)
        {
            if (!step.Module.IsRunning || !request.IsModuleEnabled(step.Module.Id) || !PassesFilter(step, context))
            {
                continue;
            }
            await RunStepAsync(step, context, cancellationToken);
        }
    }

    private static bool PassesFilter(StepDescriptor step, PipelineContext context)
    {
        var filter = step.Registration.FilteringAttributes;
        if (filter.Count == 0 || context.MessageName != PipelineMessages.Update || context.Target is not { } target)
        {
            return true;
        }
        foreach (var attribute in filter)
        {
            if (target.Contains(attribute))
            {
                return true;
            }
        }
        return false;
    }

    private async ValueTask RunStepAsync(StepDescriptor step, PipelineContext context, CancellationToken cancellationToken)
    {
        CallingModule.Enter(step.Module);
        var registration = step.Registration;
        context.PreImage = registration.PreImage is null ? null : context.FullPreImage?.Project(registration.PreImage);
        context.PostImage = registration.PostImage is null ? null : context.FullPostImage?.Project(registration.PostImage);
        var tracing = new TracingService();
        context.Tracing = tracing;
        var limit = registration.Timeout ?? _options.DefaultStepTimeout;
        // One timer per operation (nested operations have their own), re-armed for each step that yields.
        var timer = context.StepTimer ??= CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var outcome = "succeeded";
        using var activity = StartStepActivity(step, context);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var instance = (IPipelineStep)services.GetRequiredService(step.StepType);
            var pending = instance.ExecuteAsync(context, timer.Token);
            if (!pending.IsCompleted)
            {
                // The clock starts when the step first yields: a step that finishes synchronously costs no timer.
                timer.CancelAfter(limit);
                await pending.AsTask().WaitAsync(limit, cancellationToken);
            }
            else
            {
                pending.GetAwaiter().GetResult();
            }
        }
        catch (InvalidPluginExecutionException e)
        {
            outcome = "aborted: " + e.Message;
            throw;
        }
        catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested))
        {
            outcome = "timed out";
            throw new PipelineStepTimeoutException(step, limit);
        }
        catch (Exception e) when (e is not OperationCanceledException and not PipelineDepthExceededException and not PipelineStepFailedException and not PipelineStepTimeoutException)
        {
            outcome = "failed: " + e.Message;
            throw new PipelineStepFailedException(step, e);
        }
        finally
        {
            if (!timer.TryReset())
            {
                timer.Dispose();
                context.StepTimer = null;
            }
            if (tracing.Lines is not null || outcome != "succeeded")
            {
                traces.Add(new TraceRecord(request.TenantId, request.CorrelationId, DateTimeOffset.UtcNow, step.Module.Id, step.Name,
                    context.MessageName, context.EntityName, context.Stage, context.Depth, outcome, tracing.Lines ?? []));
            }
            RecordStep(step, context, outcome, started, activity);
        }
    }

    private Activity? StartStepActivity(StepDescriptor step, PipelineContext context)
    {
        var activity = PlatformTelemetry.Source.StartActivity($"step {step.Module.Id}/{step.Name}");
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("platform.tenant", request.TenantId);
            activity.SetTag("platform.module", step.Module.Id);
            activity.SetTag("platform.step", step.Name);
            activity.SetTag("platform.stage", context.Stage.ToString());
            activity.SetTag("platform.message", context.MessageName);
            activity.SetTag("platform.entity", context.EntityName);
            activity.SetTag("platform.correlation_id", request.CorrelationId);
        }
        return activity;
    }

    private static void RecordStep(StepDescriptor step, PipelineContext context, string outcome, long started, Activity? activity)
    {
        // Outcomes carry the step's message after a colon; metrics keep only the kind (bounded cardinality).
        var kind = outcome.Split(':', 2)[0];
        if (activity is not null && kind != "succeeded")
        {
            activity.SetStatus(ActivityStatusCode.Error, outcome);
        }
        if (PlatformTelemetry.StepDuration.Enabled)
        {
            PlatformTelemetry.StepDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new TagList
            {
                { "platform.module", step.Module.Id }, { "platform.step", step.Name }, { "platform.stage", context.Stage.ToString() }, { "platform.outcome", kind },
            });
        }
    }
}
