namespace Platform.Sdk.Jobs;

/// <summary>What a scheduled or enqueued job knows about its run.</summary>
public class JobContext
{
    /// <summary>The tenant the job runs for.</summary>
    public required string TenantId { get; init; }

    /// <summary>The job's registered name.</summary>
    public required string JobName { get; init; }

    /// <summary>
    /// The system job's id: the same on every attempt, so work outside the tenant database (an e-mail, an
    /// HTTP call) can be keyed by it and done at most once.
    /// </summary>
    public required Guid OperationId { get; init; }

    /// <summary>This attempt, from 1.</summary>
    public required int Attempt { get; init; }

    /// <summary>Attempts allowed before the job fails for good.</summary>
    public required int MaxAttempts { get; init; }

    /// <summary>The tenant's time zone: for a recurring job the one its occurrence was computed in, for a one-off job the tenant's zone now.</summary>
    public required TimeZoneInfo TimeZone { get; init; }
}

/// <summary>What a recurring job knows about the occurrence it runs.</summary>
public sealed class RecurringJobContext : JobContext
{
    /// <summary>The occurrence as an instant (UTC): the same on every host and every attempt.</summary>
    public required DateTimeOffset OccurrenceUtc { get; init; }

    /// <summary>The occurrence on the tenant's clock (<see cref="JobContext.TimeZone"/>, with that moment's offset).</summary>
    public DateTimeOffset OccurrenceLocal => TimeZoneInfo.ConvertTime(OccurrenceUtc, TimeZone);

    /// <summary>True when this occurrence is a catch-up for occurrences missed while no host ran (<see cref="MissedOccurrencePolicy.RunOnce"/>).</summary>
    public bool IsCatchUp { get; init; }
}
