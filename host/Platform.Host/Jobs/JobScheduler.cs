using Microsoft.Extensions.Options;
using Platform.Host.Data;
using Platform.Host.Pipeline;
using Platform.Sdk.Jobs;

namespace Platform.Host.Jobs;

/// <summary>
/// The SDK's <see cref="IJobScheduler"/> (scoped): records a one-off job for the caller's tenant, in the
/// running operation's transaction when there is one (a step), else at once (an endpoint).
/// </summary>
internal sealed class JobScheduler(
    OperationDatabase database, OccurrenceStore store, JobRecorder recorder, JobSignal signal, ScheduledJobRegistry registry,
    RequestContext request, IOptions<JobOptions> options, TimeProvider time) : IJobScheduler
{
    public async Task<Guid> EnqueueAsync<TJob, TPayload>(TPayload payload, DateTimeOffset? runAt = null, CancellationToken cancellationToken = default)
        where TJob : class, IOneOffJob<TPayload>
    {
        var job = registry.FindOneOff(typeof(TJob))
            ?? throw new InvalidOperationException($"{typeof(TJob).FullName} is not a registered job; register it with IModuleBuilder.AddJob<{typeof(TJob).Name}, {typeof(TPayload).Name}>(name).");
        if (request.TenantId.Length == 0)
        {
            throw new InvalidOperationException("A one-off job belongs to a tenant; this work runs outside any tenant.");
        }
        var now = time.GetUtcNow();
        var insert = new ScheduledJobInsert(JobKind.OneOff, job.Module.Id, job.Name, job.JobType, job.Invoker.Write(payload), options.Value.MaxAttempts,
            runAt is { } at && at > now ? at : now, null, request.UserId, request.CorrelationId);
        await using var command = database.Connection.CreateCommand();
        command.Transaction = database.Transaction;
        var id = store.Fill(command, insert);
        await command.ExecuteNonQueryAsync(cancellationToken);
        if (database.InTransaction)
        {
            recorder.Recorded(); // the workers wake when the operation commits
        }
        else
        {
            signal.Notify();
        }
        return id;
    }
}
