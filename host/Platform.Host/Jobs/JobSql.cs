using System.Data.Common;
using System.Text;
using Platform.Host.Data;

namespace Platform.Host.Jobs;

/// <summary>
/// The job statements that must be atomic or cheap, written per database engine: recording, claiming
/// with a lease, completing under the lease, releasing after a failure. Reads and administration go
/// through EF Core (<see cref="Tenants.TenantPlatformDbContext"/>).
/// </summary>
internal abstract class JobSql
{
    /// <summary>Columns a claim returns, in this order (read by <see cref="ClaimedJob.Read"/>).</summary>
    protected const string ClaimedColumns =
        "id, module_id, step_name, step_type, message, entity, target_id, payload, initiating_user, correlation_id, depth, attempts, max_attempts, kind, occurrence_at";

    /// <summary>Columns of a recurring or one-off job's insert (see <see cref="InsertScheduled"/>).</summary>
    protected const string ScheduledColumns =
        "id, kind, module_id, step_name, step_type, message, payload, initiating_user, correlation_id, depth, status, attempts, max_attempts, next_run_at, created_at, occurrence_at";

    /// <summary>The values of <see cref="ScheduledColumns"/>.</summary>
    protected const string ScheduledValues =
        "@id, @kind, @module_id, @step_name, @step_type, @kind, @payload, @initiating_user, @correlation_id, 0, 'waiting', 0, @max_attempts, @run_at, @now, @occurrence_at";

    private const string Due = "((status = 'waiting' AND next_run_at <= @now) OR (status = 'running' AND locked_until < @now))";

    private readonly Dictionary<int, string> _claims = [];

    /// <summary>The statements for a provider.</summary>
    public static JobSql For(IDatabaseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return provider.Name switch
        {
            "Sqlite" => new SqliteJobSql(),
            "PostgreSql" => new PostgreSqlJobSql(),
            "SqlServer" => new SqlServerJobSql(),
            _ => throw new NotSupportedException($"System jobs do not support the database provider '{provider.Name}'."),
        };
    }

    /// <summary>The jobs table, qualified and quoted.</summary>
    protected abstract string Table { get; }

    /// <summary>A timestamp as the provider stores it (SQLite keeps UTC ticks, like every module context there).</summary>
    public virtual object Time(DateTimeOffset value) => value;

    /// <summary>Reads a timestamp the way <see cref="Time"/> wrote it.</summary>
    public virtual DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    /// <summary>
    /// Inserts a recurring job's occurrence or a one-off job. An occurrence that is already recorded
    /// (same module, job name and <c>@occurrence_at</c>: another host was first) inserts nothing: 0 rows.
    /// </summary>
    public abstract string InsertScheduled { get; }

    /// <summary>The latest recorded occurrence of each recurring job in the tenant: module_id, step_name, occurrence.</summary>
    public string LastOccurrences => field ??=
        $"SELECT module_id, step_name, MAX(occurrence_at) FROM {Table} WHERE kind = 'recurring' AND occurrence_at IS NOT NULL GROUP BY module_id, step_name";

    /// <summary>Inserts one job.</summary>
    public string Insert => field ??= $"INSERT INTO {Table} (id, module_id, step_name, step_type, message, entity, target_id, payload, initiating_user, " +
        "correlation_id, depth, status, attempts, max_attempts, next_run_at, created_at) VALUES (@id, @module_id, @step_name, @step_type, @message, " +
        "@entity, @target_id, @payload, @initiating_user, @correlation_id, @depth, 'waiting', 0, @max_attempts, @now, @now)";

    /// <summary>
    /// Sets the job succeeded, only while the caller's lease is still the job's lease (0 rows otherwise:
    /// another host took the job over and the caller must roll its work back).
    /// </summary>
    public string Complete => field ??=
        $"UPDATE {Table} SET status = 'succeeded', finished_at = @now, locked_until = NULL, lease_token = NULL WHERE id = @id AND lease_token = @token AND status = 'running'";

    /// <summary>Ends an attempt that did not succeed: waiting again (with a delay) or failed; only under the caller's lease.</summary>
    public string Release => field ??=
        $"UPDATE {Table} SET status = @status, attempts = @attempts, next_run_at = @next, last_error = @error, finished_at = @finished, locked_until = NULL, lease_token = NULL " +
        "WHERE id = @id AND lease_token = @token AND status = 'running'";

    /// <summary>
    /// Claims up to <c>@limit</c> due jobs of the given modules (parameters <c>@m0</c>…) for <c>@worker</c> with
    /// lease <c>@token</c> until <c>@until</c>, counting an attempt; returns <see cref="ClaimedColumns"/>.
    /// Due: waiting and past <c>next_run_at</c>, or running with an expired lease (its host stopped).
    /// </summary>
    public string Claim(int moduleCount)
    {
        lock (_claims)
        {
            if (!_claims.TryGetValue(moduleCount, out var sql))
            {
                var modules = new StringBuilder();
                for (var i = 0; i < moduleCount; i++)
                {
                    modules.Append(i == 0 ? "" : ", ").Append("@m").Append(i);
                }
                sql = BuildClaim(Due + $" AND module_id IN ({modules})");
                _claims[moduleCount] = sql;
            }
            return sql;
        }
    }

    /// <summary>The claim statement with the given condition for due jobs.</summary>
    protected abstract string BuildClaim(string due);

    /// <summary>Adds a parameter (null becomes DBNull).</summary>
    public static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}

/// <summary>
/// SQLite: a single <c>UPDATE … WHERE id IN (SELECT … LIMIT n) RETURNING</c> is atomic because SQLite
/// lets one writer at a time into the database file.
/// </summary>
internal sealed class SqliteJobSql : JobSql
{
    protected override string Table => "\"platform_jobs\"";

    public override object Time(DateTimeOffset value) => value.UtcTicks;

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => new(reader.GetInt64(ordinal), TimeSpan.Zero);

    public override string InsertScheduled => field ??= $"INSERT INTO {Table} ({ScheduledColumns}) VALUES ({ScheduledValues}) ON CONFLICT DO NOTHING";

    protected override string BuildClaim(string due) =>
        $"UPDATE {Table} SET status = 'running', locked_by = @worker, locked_until = @until, lease_token = @token, attempts = attempts + 1, started_at = @now " +
        $"WHERE id IN (SELECT id FROM {Table} WHERE {due} ORDER BY next_run_at LIMIT @limit) RETURNING {ClaimedColumns}";
}

/// <summary>
/// PostgreSQL: the candidates are locked with <c>FOR UPDATE SKIP LOCKED</c>, so concurrent claimers on
/// several hosts take disjoint jobs without waiting for each other.
/// </summary>
internal sealed class PostgreSqlJobSql : JobSql
{
    protected override string Table => "platform.jobs";

    public override string InsertScheduled => field ??= $"INSERT INTO {Table} ({ScheduledColumns}) VALUES ({ScheduledValues}) ON CONFLICT DO NOTHING";

    protected override string BuildClaim(string due) =>
        $"UPDATE {Table} AS j SET status = 'running', locked_by = @worker, locked_until = @until, lease_token = @token, attempts = j.attempts + 1, started_at = @now " +
        $"FROM (SELECT id FROM {Table} WHERE {due} ORDER BY next_run_at LIMIT @limit FOR UPDATE SKIP LOCKED) AS c WHERE j.id = c.id " +
        $"RETURNING {string.Join(", ", ClaimedColumns.Split(", ").Select(c => "j." + c))}";
}

/// <summary>
/// SQL Server: an updatable CTE over <c>TOP (n)</c> with <c>UPDLOCK, READPAST, ROWLOCK</c> (skip rows
/// other claimers hold), returning through <c>OUTPUT</c>. Not yet run against a server here.
/// </summary>
internal sealed class SqlServerJobSql : JobSql
{
    protected override string Table => "[platform].[jobs]";

    // HOLDLOCK keeps the range locked until the insert, so two hosts cannot both find the occurrence missing.
    public override string InsertScheduled => field ??= $"INSERT INTO {Table} ({ScheduledColumns}) SELECT {ScheduledValues} " +
        $"WHERE @occurrence_at IS NULL OR NOT EXISTS (SELECT 1 FROM {Table} WITH (UPDLOCK, HOLDLOCK) WHERE module_id = @module_id AND step_name = @step_name AND occurrence_at = @occurrence_at)";

    protected override string BuildClaim(string due) =>
        $"WITH c AS (SELECT TOP (@limit) * FROM {Table} WITH (UPDLOCK, READPAST, ROWLOCK) WHERE {due} ORDER BY next_run_at) " +
        "UPDATE c SET status = 'running', locked_by = @worker, locked_until = @until, lease_token = @token, attempts = attempts + 1, started_at = @now " +
        $"OUTPUT {string.Join(", ", ClaimedColumns.Split(", ").Select(c => "inserted." + c))};";
}
