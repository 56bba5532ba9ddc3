using Microsoft.EntityFrameworkCore;
using Platform.Host.Pipeline;
using Platform.Host.Tenants;

namespace Platform.Host.Jobs;

/// <summary>A system job as the API shows it.</summary>
public sealed record JobInfo(
    Guid Id, string Kind, DateTimeOffset? OccurrenceAt, string Status, string ModuleId, string Step, string Message, string? Entity, Guid? TargetId,
    int Attempts, int MaxAttempts, DateTimeOffset? NextRunAt, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt,
    Guid CorrelationId, string InitiatingUser, int Depth, string? Worker, DateTimeOffset? LeaseExpiresAt)
{
    internal static JobInfo From(JobRow j) => new(
        j.Id, j.Kind, j.OccurrenceAt, j.Status, j.ModuleId, j.StepName, j.Message, j.Entity, j.TargetId, j.Attempts, j.MaxAttempts,
        j.Status == JobStatus.Waiting ? j.NextRunAt : null, j.LastError, j.CreatedAt, j.StartedAt, j.FinishedAt,
        j.CorrelationId, j.InitiatingUser, j.Depth, j.LockedBy, j.Status == JobStatus.Running ? j.LockedUntil : null);
}

/// <summary>One page of jobs.</summary>
public sealed record JobPage(IReadOnlyList<JobInfo> Items, int TotalCount, int Page, int PageSize);

/// <summary>
/// The calling tenant's system jobs (scoped: works on the request's tenant database, so another tenant's
/// jobs are simply not there): list, read, cancel, retry.
/// </summary>
internal sealed class JobAdministration(IServiceProvider services, JobSignal signal, TimeProvider time)
{
    private TenantPlatformDbContext? _db;

    // Resolved on first use: creating it opens the tenant's connection, which a caller without a tenant must never reach.
    private TenantPlatformDbContext Db => _db ??= services.GetRequiredService<TenantPlatformDbContext>();

    /// <summary>Largest page.</summary>
    public const int MaxPageSize = 500;

    /// <summary>Jobs newest first, optionally of one status and one kind.</summary>
    public async Task<JobPage> ListAsync(string? status, int page, int pageSize, CancellationToken cancellationToken, string? kind = null)
    {
        if (kind is not null && !JobKind.All.Contains(kind))
        {
            throw PlatformProblemException.Invalid("kind", $"Unknown kind '{kind}'; use {string.Join(", ", JobKind.All)}.");
        }
        if (status is not null && !JobStatus.All.Contains(status))
        {
            throw PlatformProblemException.Invalid("status", $"Unknown status '{status}'; use {string.Join(", ", JobStatus.All)}.");
        }
        if (page < 1)
        {
            throw PlatformProblemException.Invalid("page", "Pages start at 1.");
        }
        if (pageSize is < 1 or > MaxPageSize)
        {
            throw PlatformProblemException.Invalid("pageSize", $"A page holds 1 to {MaxPageSize} jobs.");
        }
        if ((long)(page - 1) * pageSize > Platform.Sdk.Data.QueryRequest.MaxRowOffset)
        {
            throw PlatformProblemException.Invalid("page", $"page is too large: the page would start after row {Platform.Sdk.Data.QueryRequest.MaxRowOffset}.");
        }
        var query = Db.Jobs.AsNoTracking().Where(j => (status == null || j.Status == status) && (kind == null || j.Kind == kind));
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new JobPage(rows.Select(JobInfo.From).ToList(), total, page, pageSize);
    }

    /// <summary>One job; 404 when the tenant has no such job.</summary>
    public async Task<JobInfo> GetAsync(Guid id, CancellationToken cancellationToken) =>
        JobInfo.From(await FindAsync(id, cancellationToken));

    /// <summary>Cancels a waiting or failed job; a running job cannot be canceled (409).</summary>
    public async Task<JobInfo> CancelAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var changed = await Db.Jobs.Where(j => j.Id == id && (j.Status == JobStatus.Waiting || j.Status == JobStatus.Failed))
            .ExecuteUpdateAsync(u => u.SetProperty(j => j.Status, JobStatus.Canceled).SetProperty(j => j.FinishedAt, now), cancellationToken);
        var job = await FindAsync(id, cancellationToken);
        return changed == 1 ? JobInfo.From(job) : throw PlatformProblemException.Conflict(job.Status == JobStatus.Running
            ? $"Job {id} is running and cannot be canceled; cancel it if it fails, or wait for it to finish."
            : $"Job {id} is {job.Status}; only waiting or failed jobs can be canceled.");
    }

    /// <summary>Puts a failed or canceled job back in the queue, due now, with its attempts reset.</summary>
    public async Task<JobInfo> RetryAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var changed = await Db.Jobs.Where(j => j.Id == id && (j.Status == JobStatus.Failed || j.Status == JobStatus.Canceled))
            .ExecuteUpdateAsync(u => u
                .SetProperty(j => j.Status, JobStatus.Waiting)
                .SetProperty(j => j.Attempts, 0)
                .SetProperty(j => j.NextRunAt, now)
                .SetProperty(j => j.FinishedAt, (DateTimeOffset?)null), cancellationToken);
        var job = await FindAsync(id, cancellationToken);
        if (changed != 1)
        {
            throw PlatformProblemException.Conflict($"Job {id} is {job.Status}; only failed or canceled jobs can be retried.");
        }
        signal.Notify();
        // The answer is what the retry set: a worker may already have claimed the job between the update and the read.
        job.Status = JobStatus.Waiting;
        job.Attempts = 0;
        job.NextRunAt = now;
        job.FinishedAt = null;
        return JobInfo.From(job);
    }

    private async Task<JobRow> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await Db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken)
            ?? throw PlatformProblemException.NotFound($"Job {id} does not exist.");
}
