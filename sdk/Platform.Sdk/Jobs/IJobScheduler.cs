namespace Platform.Sdk.Jobs;

/// <summary>
/// Enqueues one-off jobs for the calling tenant (scoped). Inside an operation (a step) the job is recorded
/// in the operation's transaction: a rolled-back operation leaves no job. Outside one (an endpoint) it is
/// recorded at once.
/// </summary>
public interface IJobScheduler
{
    /// <summary>
    /// Records a run of <typeparamref name="TJob"/> (registered with <c>IModuleBuilder.AddJob</c>) with the payload,
    /// due at <paramref name="runAt"/> (default: now). Returns the system job's id.
    /// </summary>
    Task<Guid> EnqueueAsync<TJob, TPayload>(TPayload payload, DateTimeOffset? runAt = null, CancellationToken cancellationToken = default)
        where TJob : class, IOneOffJob<TPayload>;
}
