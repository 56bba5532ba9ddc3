namespace Platform.Sdk.Jobs;

/// <summary>When a recurring job runs: a cron expression on the tenant's clock, or a fixed interval.</summary>
public sealed record JobSchedule
{
    private JobSchedule(string? cron, TimeSpan? interval)
    {
        Cron = cron;
        Interval = interval;
    }

    /// <summary>
    /// The cron expression (5 fields <c>minute hour day month weekday</c>, or 6 with seconds first), or null.
    /// Evaluated in the tenant's time zone: <c>0 2 * * *</c> runs at 02:00 on the tenant's clock. On a
    /// daylight-saving change a local time that does not exist runs at the first instant after the gap;
    /// one that exists twice runs once (interval expressions such as <c>*/15 * * * *</c> keep their pace).
    /// </summary>
    public string? Cron { get; }

    /// <summary>The fixed interval, or null. Occurrences are whole multiples of it since 1970-01-01 UTC, so every host computes the same instants.</summary>
    public TimeSpan? Interval { get; }

    /// <summary>A cron schedule on the tenant's clock; the host validates the expression when the module registers.</summary>
    public static JobSchedule CronExpression(string expression) => new(expression ?? throw new ArgumentNullException(nameof(expression)), null);

    /// <summary>Every <paramref name="interval"/> (at least one second, whole seconds), independent of the time zone.</summary>
    public static JobSchedule Every(TimeSpan interval) => new(null, interval);

    /// <inheritdoc />
    public override string ToString() => Cron is not null ? $"cron '{Cron}'" : $"every {Interval}";
}

/// <summary>What happens to occurrences that came due while no host ran the job (every host down, module disabled, tenant suspended).</summary>
public enum MissedOccurrencePolicy
{
    /// <summary>Run one catch-up occurrence (the latest missed one) as soon as a host sees it, then continue on schedule.</summary>
    RunOnce,

    /// <summary>Run none of them; continue with the next occurrence.</summary>
    Skip,
}

/// <summary>Options of a recurring job.</summary>
public sealed record RecurringJobOptions
{
    /// <summary>Missed occurrences: run one catch-up (default) or skip.</summary>
    public MissedOccurrencePolicy MissedOccurrences { get; init; } = MissedOccurrencePolicy.RunOnce;

    /// <summary>Time limit of one attempt; null: the host's <c>Platform:Jobs:ScheduledJobTimeout</c>.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Attempts before an occurrence fails for good; null: the host's <c>Platform:Jobs:MaxAttempts</c>.</summary>
    public int? MaxAttempts { get; init; }
}
