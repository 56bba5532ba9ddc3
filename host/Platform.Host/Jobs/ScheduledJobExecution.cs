using System.Text.Json;
using Microsoft.Extensions.Options;
using Platform.Host.Tenants;
using Platform.Sdk.Jobs;

namespace Platform.Host.Jobs;

/// <summary>A recurring or one-off job that did not finish within its time limit.</summary>
internal sealed class ScheduledJobTimeoutException(string moduleId, string name, TimeSpan limit)
    : Exception($"Job {name} of module {moduleId} did not finish within its time limit of {limit.TotalSeconds:0.###} s.");

/// <summary>
/// Turns a claimed recurring or one-off job into its work: the module's job class resolved in the job's
/// scope, with its context (tenant, occurrence, attempt, operation id) and its time limit.
/// </summary>
internal sealed class ScheduledJobExecution(ScheduledJobRegistry registry, TenantTimeZones zones, IOptions<JobOptions> options)
{
    /// <summary>The job's work, or null with the reason when the module no longer registers the job.</summary>
    public (JobWork? Work, string? Missing) Resolve(TenantState tenant, ClaimedJob job)
    {
        if (job.Kind == JobKind.Recurring)
        {
            if (registry.FindRecurring(job.ModuleId, job.StepName) is not { } recurring)
            {
                return (null, $"Module {job.ModuleId} no longer registers the recurring job {job.StepName}.");
            }
            var (zone, catchUp) = ReadOccurrence(job.Payload, tenant);
            var context = new RecurringJobContext
            {
                TenantId = tenant.Id, JobName = job.StepName, OperationId = job.Id, Attempt = job.Attempts, MaxAttempts = job.MaxAttempts,
                TimeZone = zone, OccurrenceUtc = job.OccurrenceAt ?? DateTimeOffset.MinValue, IsCatchUp = catchUp,
            };
            var limit = recurring.Options.Timeout ?? options.Value.ScheduledJobTimeout;
            return ((services, ct) => WithinAsync(job, limit, t => ((IRecurringJob)services.GetRequiredService(recurring.JobType)).ExecuteAsync(context, t), ct), null);
        }
        if (job.Kind == JobKind.OneOff && registry.FindOneOff(job.ModuleId, job.StepName) is { } oneOff)
        {
            var context = new JobContext
            {
                TenantId = tenant.Id, JobName = job.StepName, OperationId = job.Id, Attempt = job.Attempts, MaxAttempts = job.MaxAttempts,
                TimeZone = zones.Of(tenant),
            };
            var limit = options.Value.ScheduledJobTimeout;
            return ((services, ct) => WithinAsync(job, limit, t => oneOff.Invoker.InvokeAsync(services, job.Payload, context, t), ct), null);
        }
        return (null, $"Module {job.ModuleId} no longer registers the {job.Kind} job {job.StepName}.");
    }

    /// <summary>A recurring job's payload: the zone its occurrence was computed in, and whether it is a catch-up.</summary>
    public static string OccurrencePayload(TimeZoneInfo zone, bool catchUp) =>
        JsonSerializer.Serialize(new { timeZone = zone.Id, catchUp });

    private (TimeZoneInfo Zone, bool CatchUp) ReadOccurrence(string payload, TenantState tenant)
    {
        using var document = JsonDocument.Parse(payload);
        var root = document.RootElement;
        var zone = root.TryGetProperty("timeZone", out var id) && TenantTimeZones.Find(id.GetString()) is { } found ? found : zones.Of(tenant);
        return (zone, root.TryGetProperty("catchUp", out var c) && c.ValueKind == JsonValueKind.True);
    }

    private static async Task WithinAsync(ClaimedJob job, TimeSpan limit, Func<CancellationToken, ValueTask> run, CancellationToken stopping)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timer.CancelAfter(limit);
        try
        {
            await run(timer.Token).AsTask().WaitAsync(limit, stopping);
        }
        catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && timer.IsCancellationRequested && !stopping.IsCancellationRequested))
        {
            throw new ScheduledJobTimeoutException(job.ModuleId, job.StepName, limit);
        }
    }
}
