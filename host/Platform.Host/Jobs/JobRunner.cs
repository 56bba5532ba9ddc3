using Microsoft.Extensions.Options;
using Platform.Host.Data;
using Platform.Host.Pipeline;
using Platform.Host.Tenants;
using Platform.Sdk.Pipeline;

namespace Platform.Host.Jobs;

/// <summary>
/// Runs one claimed job (an asynchronous step, a recurring job's occurrence or a one-off job): its work in
/// a tenant scope, inside a transaction on the tenant's database, and the job marked succeeded in that same
/// transaction only while the lease is still ours. Either the work and "succeeded" commit together, or
/// neither does: one successful execution per job.
/// </summary>
internal sealed class JobRunner(
    IServiceScopeFactory scopes, PipelineRegistry registry, ScheduledJobExecution scheduledJobs, JobQueue queue, IOptions<JobOptions> options, TimeProvider time, ILogger<JobRunner> logger)
{
    /// <summary>Runs the job; never throws except when the host is stopping.</summary>
    public async Task RunAsync(TenantState tenant, ClaimedJob job, CancellationToken stopping)
    {
        if (job.Attempts > job.MaxAttempts)
        {
            // The last allowed attempt was claimed and never finished: its host stopped before the lease ran out.
            await EndAsync(tenant.Id, job, JobStatus.Failed, job.Attempts - 1, $"Attempt {job.Attempts - 1} of {job.MaxAttempts} did not finish (its host stopped; the lease expired).");
            return;
        }
        var (work, missing) = job.Kind == JobKind.Step ? ResolveStep(job) : scheduledJobs.Resolve(tenant, job);
        if (work is null)
        {
            await EndAsync(tenant.Id, job, JobStatus.Failed, job.Attempts, missing);
            return;
        }
        await using var scope = scopes.CreateTenantScope(tenant.Id, tenant, job.InitiatingUser);
        scope.ServiceProvider.GetRequiredService<RequestContext>().CorrelationId = job.CorrelationId;
        var database = scope.ServiceProvider.GetRequiredService<OperationDatabase>();
        var recorder = scope.ServiceProvider.GetRequiredService<JobRecorder>();
        await database.BeginAsync(stopping);
        try
        {
            await work(scope.ServiceProvider, stopping);
            if (!await queue.CompleteAsync(database, job, stopping))
            {
                await database.RollbackAsync();
                recorder.RolledBack();
                logger.LogWarning("Job {Job} ({Step}) of tenant {Tenant}: the lease expired while the step ran and another worker took the job over; this attempt's work was rolled back",
                    job.Id, job.StepName, tenant.Id);
                return;
            }
            await database.CommitAsync(stopping);
            recorder.Committed();
        }
        catch (Exception e) when (stopping.IsCancellationRequested)
        {
            await database.RollbackAsync();
            recorder.RolledBack();
            // Stopping is not the step's fault: give the attempt back so the next host starts it at once.
            await EndAsync(tenant.Id, job, JobStatus.Waiting, job.Attempts - 1, null, time.GetUtcNow());
            logger.LogInformation(e, "Job {Job} returned to the queue: the host is stopping", job.Id);
        }
        catch (Exception e)
        {
            await database.RollbackAsync();
            recorder.RolledBack();
            await FailAttemptAsync(tenant.Id, job, e);
        }
    }

    private (JobWork? Work, string? Missing) ResolveStep(ClaimedJob job)
    {
        var step = registry.FindAsynchronousStep(job.ModuleId, job.StepType, job.StepName, job.Message, job.Entity);
        return step is null
            ? (null, $"Module {job.ModuleId} no longer registers the asynchronous step {job.StepName} on {job.Message}{(job.Entity is null ? "" : " " + job.Entity)}.")
            : ((services, ct) => services.GetRequiredService<PipelineExecutor>().RunJobAsync(step, job, ct), null);
    }

    /// <summary>Hands a claimed job that was not started back to the queue, due now, its attempt not counted (the host is stopping).</summary>
    public Task ReturnAsync(string tenantId, ClaimedJob job) => EndAsync(tenantId, job, JobStatus.Waiting, job.Attempts - 1, null, time.GetUtcNow());

    private async Task FailAttemptAsync(string tenantId, ClaimedJob job, Exception e)
    {
        // A step that refuses the work (InvalidPluginExecutionException) fails at once: repeating it cannot help.
        var refused = e is InvalidPluginExecutionException;
        var final = refused || job.Attempts >= job.MaxAttempts;
        var what = job.Kind == JobKind.Step ? "Step" : "Job";
        var error = e switch
        {
            InvalidPluginExecutionException => $"{what} {job.StepName} of module {job.ModuleId} refused: {e.Message}",
            PipelineStepFailedException or PipelineStepTimeoutException or PipelineDepthExceededException or ScheduledJobTimeoutException => e.Message,
            _ => $"{what} {job.StepName} of module {job.ModuleId} failed: {e.GetType().Name}: {e.Message}",
        };
        var next = time.GetUtcNow() + options.Value.DelayAfter(job.Attempts);
        if (final)
        {
            logger.LogWarning(e, "Job {Job} of tenant {Tenant} failed for good after attempt {Attempt} of {Max}", job.Id, tenantId, job.Attempts, job.MaxAttempts);
        }
        else
        {
            logger.LogInformation("Job {Job} of tenant {Tenant}: attempt {Attempt} of {Max} failed ({Error}); next attempt at {Next:O}",
                job.Id, tenantId, job.Attempts, job.MaxAttempts, error, next);
        }
        await EndAsync(tenantId, job, final ? JobStatus.Failed : JobStatus.Waiting, job.Attempts, error, next);
    }

    private async Task EndAsync(string tenantId, ClaimedJob job, string status, int attempts, string? error, DateTimeOffset? next = null)
    {
        try
        {
            // Not the stopping token: recording the outcome must not be cut short by the host stopping.
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            if (!await queue.ReleaseAsync(tenantId, job, status, attempts, next ?? time.GetUtcNow(), error, limit.Token))
            {
                logger.LogWarning("Job {Job} of tenant {Tenant}: the lease expired before the outcome could be recorded; the job's current holder decides", job.Id, tenantId);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The lease runs out and another attempt follows: nothing is lost.
            logger.LogError(e, "Job {Job} of tenant {Tenant}: recording the outcome failed", job.Id, tenantId);
        }
    }
}

/// <summary>A claimed job's work, run in the job's tenant scope inside its transaction.</summary>
internal delegate Task JobWork(IServiceProvider services, CancellationToken cancellationToken);
