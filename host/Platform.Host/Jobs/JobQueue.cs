using Microsoft.Extensions.Options;
using Platform.Host.Data;

namespace Platform.Host.Jobs;

/// <summary>Claims due jobs with a lease and ends attempts, on short connections of their own (outside any operation).</summary>
internal sealed class JobQueue(IDatabaseProvider provider, JobStatements statements, IOptions<JobOptions> options, TimeProvider time)
{
    /// <summary>This host's worker name, written to <c>locked_by</c>.</summary>
    public string WorkerName { get; } = options.Value.WorkerName is { Length: > 0 } name ? name : $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Claims up to <paramref name="limit"/> due jobs of the given modules in one atomic statement.</summary>
    public async Task<IReadOnlyList<ClaimedJob>> ClaimAsync(string tenantId, IReadOnlyList<string> moduleIds, int limit, CancellationToken cancellationToken)
    {
        var sql = statements.Sql;
        var now = time.GetUtcNow();
        var token = Guid.NewGuid();
        await using var connection = provider.CreateConnection(DatabaseNames.Tenant(tenantId));
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql.Claim(moduleIds.Count);
        JobSql.Add(command, "@now", sql.Time(now));
        JobSql.Add(command, "@until", sql.Time(now + options.Value.LeaseDuration));
        JobSql.Add(command, "@worker", WorkerName);
        JobSql.Add(command, "@token", token);
        JobSql.Add(command, "@limit", limit);
        for (var i = 0; i < moduleIds.Count; i++)
        {
            JobSql.Add(command, "@m" + i, moduleIds[i]);
        }
        var claimed = new List<ClaimedJob>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(ClaimedJob.Read(reader, token, sql));
        }
        return claimed;
    }

    /// <summary>
    /// Ends an attempt that did not succeed, if the lease is still ours: the job waits until
    /// <paramref name="nextRunAt"/>, or fails for good when <paramref name="status"/> is failed.
    /// </summary>
    public async Task<bool> ReleaseAsync(string tenantId, ClaimedJob job, string status, int attempts, DateTimeOffset nextRunAt, string? error, CancellationToken cancellationToken)
    {
        var sql = statements.Sql;
        await using var connection = provider.CreateConnection(DatabaseNames.Tenant(tenantId));
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql.Release;
        JobSql.Add(command, "@status", status);
        JobSql.Add(command, "@attempts", attempts);
        JobSql.Add(command, "@next", sql.Time(nextRunAt));
        JobSql.Add(command, "@error", error is null ? null : JobLimits.Cut(error));
        JobSql.Add(command, "@finished", status == JobStatus.Failed ? sql.Time(time.GetUtcNow()) : null);
        JobSql.Add(command, "@id", job.Id);
        JobSql.Add(command, "@token", job.LeaseToken);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Marks the job succeeded inside the step's transaction; false when the lease is no longer ours.</summary>
    public async Task<bool> CompleteAsync(OperationDatabase database, ClaimedJob job, CancellationToken cancellationToken)
    {
        var sql = statements.Sql;
        await using var command = database.Connection.CreateCommand();
        command.Transaction = database.Transaction;
        command.CommandText = sql.Complete;
        JobSql.Add(command, "@now", sql.Time(time.GetUtcNow()));
        JobSql.Add(command, "@id", job.Id);
        JobSql.Add(command, "@token", job.LeaseToken);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
