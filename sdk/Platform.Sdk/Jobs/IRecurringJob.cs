namespace Platform.Sdk.Jobs;

/// <summary>
/// Work a module runs on a schedule for every tenant that enabled it (<c>IModuleBuilder.AddRecurringJob</c>).
/// Each occurrence runs once per tenant as a system job, in its own transaction on the tenant's database;
/// the module's services (its DbContext, <c>IDataService</c>) are injected as into a step.
/// </summary>
public interface IRecurringJob
{
    /// <summary>Runs one occurrence. Throw to fail the attempt (retried with backoff); the database work rolls back.</summary>
    ValueTask ExecuteAsync(RecurringJobContext context, CancellationToken cancellationToken);
}

/// <summary>
/// Work a module enqueues for one tenant (<see cref="IJobScheduler.EnqueueAsync{TJob, TPayload}"/>), registered with
/// <c>IModuleBuilder.AddJob</c>. Runs once, as a system job, in its own transaction on the tenant's database.
/// </summary>
/// <typeparam name="TPayload">What the job needs, stored as JSON with the job (read back by shape).</typeparam>
public interface IOneOffJob<in TPayload>
{
    /// <summary>Runs the job. Throw to fail the attempt (retried with backoff); the database work rolls back.</summary>
    ValueTask ExecuteAsync(TPayload payload, JobContext context, CancellationToken cancellationToken);
}
