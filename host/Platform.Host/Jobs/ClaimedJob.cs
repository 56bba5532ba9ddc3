using System.Data.Common;

namespace Platform.Host.Jobs;

/// <summary>A job a worker claimed: what it needs to run the step, and the lease that lets it complete the job.</summary>
internal sealed record ClaimedJob(
    Guid Id, string ModuleId, string StepName, string StepType, string Message, string? Entity, Guid? TargetId, string Payload,
    string InitiatingUser, Guid CorrelationId, int Depth, int Attempts, int MaxAttempts, Guid LeaseToken,
    string Kind = JobKind.Step, DateTimeOffset? OccurrenceAt = null)
{
    /// <summary>Reads a row returned by <see cref="JobSql.Claim"/>.</summary>
    public static ClaimedJob Read(DbDataReader reader, Guid token, JobSql sql) => new(
        reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetGuid(6), reader.GetString(7),
        reader.GetString(8), reader.GetGuid(9), reader.GetInt32(10), reader.GetInt32(11), reader.GetInt32(12), token,
        reader.GetString(13), reader.IsDBNull(14) ? null : sql.ReadTime(reader, 14));
}
