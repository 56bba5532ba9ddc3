namespace Platform.Host.Jobs;

/// <summary>The states of a system job (stored as these lower-case words).</summary>
public static class JobStatus
{
    /// <summary>Due at <see cref="JobRow.NextRunAt"/>; any host may claim it.</summary>
    public const string Waiting = "waiting";

    /// <summary>Claimed by a worker whose lease runs until <see cref="JobRow.LockedUntil"/>.</summary>
    public const string Running = "running";

    /// <summary>The step ran and its work committed, exactly once.</summary>
    public const string Succeeded = "succeeded";

    /// <summary>Every attempt failed, or the step refused the work; <see cref="JobRow.LastError"/> says why.</summary>
    public const string Failed = "failed";

    /// <summary>Canceled by a tenant administrator; never runs unless retried.</summary>
    public const string Canceled = "canceled";

    /// <summary>Every status, for validating filters.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Waiting, Running, Succeeded, Failed, Canceled };
}

/// <summary>
/// One asynchronous step to run for one committed operation (a system job), kept in the tenant's
/// database (table <c>platform.jobs</c>) so it is recorded in the operation's own transaction.
/// </summary>
public sealed class JobRow
{
    /// <summary>The job id (also the step's <c>OperationId</c>).</summary>
    public Guid Id { get; set; }

    /// <summary>What runs: an asynchronous step, a recurring job's occurrence or a one-off job (<see cref="JobKind"/>).</summary>
    public string Kind { get; set; } = JobKind.Step;

    /// <summary>A recurring job's occurrence (UTC): with the module and job name, unique, so each occurrence is recorded once.</summary>
    public DateTimeOffset? OccurrenceAt { get; set; }

    /// <summary>The module that registered the step.</summary>
    public string ModuleId { get; set; } = "";

    /// <summary>The step's name (registration name or type name), or the recurring or one-off job's name.</summary>
    public string StepName { get; set; } = "";

    /// <summary>The step's (or job class's) full type name.</summary>
    public string StepType { get; set; } = "";

    /// <summary>The message of the operation (Create, Update, Delete or a custom message).</summary>
    public string Message { get; set; } = "";

    /// <summary>The entity's logical name, or null for a custom message.</summary>
    public string? Entity { get; set; }

    /// <summary>The target's id (or the deleted record's), when there is one.</summary>
    public Guid? TargetId { get; set; }

    /// <summary>The step's input as JSON: target, id, request, images, output (<see cref="JobPayload"/>).</summary>
    public string Payload { get; set; } = "{}";

    /// <summary>Who started the operation.</summary>
    public string InitiatingUser { get; set; } = "";

    /// <summary>The operation's correlation id.</summary>
    public Guid CorrelationId { get; set; }

    /// <summary>The operation's depth; nested operations the step starts run one deeper.</summary>
    public int Depth { get; set; }

    /// <summary>One of <see cref="JobStatus"/>.</summary>
    public string Status { get; set; } = JobStatus.Waiting;

    /// <summary>Attempts started so far (a claim counts as an attempt).</summary>
    public int Attempts { get; set; }

    /// <summary>Attempts allowed before the job fails.</summary>
    public int MaxAttempts { get; set; }

    /// <summary>When the job is due (again).</summary>
    public DateTimeOffset NextRunAt { get; set; }

    /// <summary>The worker (host instance) that holds or last held the lease.</summary>
    public string? LockedBy { get; set; }

    /// <summary>When the current lease expires; after that any host may claim the job again.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>The current lease's token: completing the job requires it.</summary>
    public Guid? LeaseToken { get; set; }

    /// <summary>The last failure's text.</summary>
    public string? LastError { get; set; }

    /// <summary>When the operation recorded the job.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the latest attempt started.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When the job succeeded, failed for good or was canceled.</summary>
    public DateTimeOffset? FinishedAt { get; set; }
}
