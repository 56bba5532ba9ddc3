using Microsoft.Extensions.Options;
using Platform.Host.Data;
using Platform.Host.Pipeline;

namespace Platform.Host.Jobs;

/// <summary>
/// Records asynchronous steps as jobs in the operation's own transaction (scoped: one per request), so a
/// job exists exactly when the operation committed; wakes this host's workers after the commit.
/// </summary>
internal sealed class JobRecorder(OperationDatabase database, JobStatements statements, JobSignal signal, IOptions<JobOptions> options, TimeProvider time, RequestContext request)
{
    private int _pending;

    /// <summary>Inserts the job of one step for the running operation (inside its transaction).</summary>
    public async Task RecordAsync(StepDescriptor step, PipelineContext context, CancellationToken cancellationToken)
    {
        var sql = statements.Sql;
        await using var command = database.Connection.CreateCommand();
        command.Transaction = database.Transaction;
        command.CommandText = sql.Insert;
        var targetId = context.Target?.Id is { } t && t != Guid.Empty ? t
            : context.InputParameters.TryGetValue("Id", out var id) && id is Guid g ? g : (Guid?)null;
        JobSql.Add(command, "@id", Guid.CreateVersion7());
        JobSql.Add(command, "@module_id", step.Module.Id);
        JobSql.Add(command, "@step_name", step.Name);
        JobSql.Add(command, "@step_type", step.StepType.FullName);
        JobSql.Add(command, "@message", context.MessageName);
        JobSql.Add(command, "@entity", context.EntityName);
        JobSql.Add(command, "@target_id", targetId);
        JobSql.Add(command, "@payload", JobPayload.Write(context, step));
        JobSql.Add(command, "@initiating_user", request.UserId);
        JobSql.Add(command, "@correlation_id", request.CorrelationId);
        JobSql.Add(command, "@depth", context.Depth);
        JobSql.Add(command, "@max_attempts", options.Value.MaxAttempts);
        JobSql.Add(command, "@now", sql.Time(time.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
        _pending++;
    }

    /// <summary>Another job (a one-off job a step enqueued) was recorded in the operation's transaction.</summary>
    public void Recorded() => _pending++;

    /// <summary>The transaction committed: wake the workers if it recorded jobs.</summary>
    public void Committed()
    {
        if (_pending > 0)
        {
            _pending = 0;
            signal.Notify();
        }
    }

    /// <summary>The transaction rolled back: its jobs are gone with it.</summary>
    public void RolledBack() => _pending = 0;
}

/// <summary>The job statements of the host's database provider (one per host).</summary>
internal sealed class JobStatements(IDatabaseProvider provider)
{
    /// <summary>The statements.</summary>
    public JobSql Sql { get; } = JobSql.For(provider);
}
