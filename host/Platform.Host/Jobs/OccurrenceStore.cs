using System.Data.Common;
using Microsoft.Extensions.Options;
using Platform.Host.Data;

namespace Platform.Host.Jobs;

/// <summary>A recurring or one-off job to record.</summary>
internal sealed record ScheduledJobInsert(
    string Kind, string ModuleId, string Name, Type JobType, string Payload, int MaxAttempts, DateTimeOffset RunAt, DateTimeOffset? OccurrenceAt, string InitiatingUser, Guid CorrelationId);

/// <summary>
/// Writes recurring jobs' occurrences into tenant databases (short connections of its own) and reads the
/// latest recorded occurrence of each job; fills the insert of a one-off job for the caller's transaction.
/// </summary>
internal sealed class OccurrenceStore(IDatabaseProvider provider, JobStatements statements, TimeProvider time)
{
    /// <summary>The latest recorded occurrence of every recurring job in the tenant.</summary>
    public async Task<Dictionary<(string ModuleId, string Name), DateTimeOffset>> LastOccurrencesAsync(string tenantId, CancellationToken cancellationToken)
    {
        var sql = statements.Sql;
        await using var connection = provider.CreateConnection(DatabaseNames.Tenant(tenantId));
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql.LastOccurrences;
        var last = new Dictionary<(string, string), DateTimeOffset>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            last[(reader.GetString(0), reader.GetString(1))] = sql.ReadTime(reader, 2);
        }
        return last;
    }

    /// <summary>Records occurrences in one transaction; an occurrence another host recorded first is left alone. Returns how many were new.</summary>
    public async Task<int> RecordAsync(string tenantId, IReadOnlyList<ScheduledJobInsert> jobs, CancellationToken cancellationToken)
    {
        await using var connection = provider.CreateConnection(DatabaseNames.Tenant(tenantId));
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var added = 0;
        foreach (var job in jobs)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            Fill(command, job);
            added += await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>Sets the command to insert the job (<see cref="JobSql.InsertScheduled"/>); returns the new job's id.</summary>
    public Guid Fill(DbCommand command, ScheduledJobInsert job)
    {
        var sql = statements.Sql;
        var id = Guid.CreateVersion7();
        command.CommandText = sql.InsertScheduled;
        JobSql.Add(command, "@id", id);
        JobSql.Add(command, "@kind", job.Kind);
        JobSql.Add(command, "@module_id", job.ModuleId);
        JobSql.Add(command, "@step_name", job.Name);
        JobSql.Add(command, "@step_type", job.JobType.FullName);
        JobSql.Add(command, "@payload", job.Payload);
        JobSql.Add(command, "@initiating_user", job.InitiatingUser);
        JobSql.Add(command, "@correlation_id", job.CorrelationId);
        JobSql.Add(command, "@max_attempts", job.MaxAttempts);
        JobSql.Add(command, "@run_at", sql.Time(job.RunAt));
        JobSql.Add(command, "@now", sql.Time(time.GetUtcNow()));
        JobSql.Add(command, "@occurrence_at", job.OccurrenceAt is { } at ? sql.Time(at) : null);
        return id;
    }
}
