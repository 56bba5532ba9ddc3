using System.ComponentModel.DataAnnotations;

namespace Platform.Host.Jobs;

/// <summary>System jobs: how asynchronous steps are run (configuration section <c>Platform:Jobs</c>).</summary>
public sealed class JobOptions
{
    /// <summary>Background workers in this host; 0 records jobs but runs none here (another host does).</summary>
    [Range(0, 64)]
    public int Workers { get; set; } = 2;

    /// <summary>How often an idle worker looks for due jobs; a commit that recorded jobs wakes the workers of its host at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a claim holds a job. A job whose lease expired (its host stopped) is claimed again by any
    /// host. Keep it above <see cref="BatchSize"/> × the longest step time limit.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Attempts before a job fails for good (recorded on each job when it is created).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Delay after the first failed attempt; it doubles with each further attempt.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest delay between attempts.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Jobs a worker claims at once.</summary>
    [Range(1, 100)]
    public int BatchSize { get; set; } = 5;

    /// <summary>Time limit of one attempt of a recurring or one-off job that sets none (keep it below <see cref="LeaseDuration"/>).</summary>
    public TimeSpan ScheduledJobTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// An occurrence of a recurring job more than this late when a host first looks at it counts as missed
    /// (every host was down, the module disabled or the tenant suspended): the job's policy runs one catch-up or skips it.
    /// </summary>
    public TimeSpan MissedAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the scheduler re-reads tenants, enabled modules and time zones from the catalog (one query set for all tenants).</summary>
    public TimeSpan ScheduleRefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Tenant databases the scheduler writes due occurrences to at the same time.</summary>
    [Range(1, 64)]
    public int SchedulerConcurrency { get; set; } = 8;

    /// <summary>This host's name in <c>locked_by</c>; default machine name and process id.</summary>
    public string? WorkerName { get; set; }

    /// <summary>The delay before attempt <paramref name="attempt"/> + 1: base × 2^(attempt − 1), capped.</summary>
    public TimeSpan DelayAfter(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var delay = BaseDelay.TotalMilliseconds * factor;
        return delay >= MaxDelay.TotalMilliseconds ? MaxDelay : TimeSpan.FromMilliseconds(delay);
    }
}
