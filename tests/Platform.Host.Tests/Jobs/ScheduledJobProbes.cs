using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Platform.Host.Tests.Pipeline.Probe;
using Platform.Sdk.Jobs;
using Platform.Sdk.Modules;
using Platform.Sdk.Pipeline;

namespace Platform.Host.Tests.Jobs;

/// <summary>Writes one audit row per execution: <c>tick|job id|occurrence UTC|occurrence local|zone|attempt|catch-up</c>.</summary>
public sealed class TickJob(AuditDbContext audit) : IRecurringJob
{
    public async ValueTask ExecuteAsync(RecurringJobContext context, CancellationToken cancellationToken)
    {
        audit.Entries.Add(new AuditRow
        {
            Id = Guid.NewGuid(),
            What = string.Join('|', "tick", context.OperationId, context.OccurrenceUtc.ToString("O"), context.OccurrenceLocal.ToString("O"),
                context.TimeZone.Id, context.Attempt, context.IsCatchUp),
        });
        await audit.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Always fails.</summary>
public sealed class FailingJob : IRecurringJob
{
    public ValueTask ExecuteAsync(RecurringJobContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The printer is on fire.");
}

/// <summary>A one-off job's payload.</summary>
public sealed record ReminderPayload(string Text, decimal Amount);

/// <summary>Writes <c>reminder|text|amount|job id|user</c>.</summary>
public sealed class ReminderJob(AuditDbContext audit, ICallerContext caller) : IOneOffJob<ReminderPayload>
{
    public async ValueTask ExecuteAsync(ReminderPayload payload, JobContext context, CancellationToken cancellationToken)
    {
        audit.Entries.Add(new AuditRow { Id = Guid.NewGuid(), What = string.Join('|', "reminder", payload.Text, payload.Amount, context.OperationId, caller.UserId) });
        await audit.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A PostOperation step on note create that enqueues a reminder with the note's title.</summary>
public sealed class EnqueueReminderStep(IJobScheduler scheduler) : IPipelineStep
{
    public async ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken) =>
        await scheduler.EnqueueAsync<ReminderJob, ReminderPayload>(new ReminderPayload(context.Target!.GetValue<string>("title")!, 12.50m), cancellationToken: cancellationToken);
}

/// <summary>Refuses notes titled "secret" after the reminder was enqueued (a later rank), so the operation rolls back.</summary>
public sealed class RefuseSecretStep : IPipelineStep
{
    public ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken) =>
        context.Target!.GetValue<string>("title") == "secret" ? throw new InvalidPluginExecutionException("Secret notes are refused.") : ValueTask.CompletedTask;
}

/// <summary>Registrations on the audit module for the scheduled-work tests.</summary>
public static class ScheduledJobProbes
{
    public static Action<IModuleBuilder> Tick(JobSchedule schedule, MissedOccurrencePolicy policy = MissedOccurrencePolicy.RunOnce) =>
        b => b.AddRecurringJob<TickJob>("tick", schedule, new RecurringJobOptions { MissedOccurrences = policy });

    /// <summary>The reminder job, a step enqueuing it on note create, and <c>POST /api/probe/reminders?text=&amp;runAt=</c>.</summary>
    public static void Reminders(IModuleBuilder b) => b
        .AddJob<ReminderJob, ReminderPayload>("reminder")
        .AddStep<EnqueueReminderStep>(new StepRegistration(PipelineMessages.Create, "note", PipelineStage.PostOperation) { Rank = 1 })
        .AddStep<RefuseSecretStep>(new StepRegistration(PipelineMessages.Create, "note", PipelineStage.PostOperation) { Rank = 2 })
        .MapEndpoints(e => e.MapPost("/api/probe/reminders", async (string text, DateTimeOffset? runAt, IJobScheduler scheduler, CancellationToken ct) =>
            Results.Ok(new { id = await scheduler.EnqueueAsync<ReminderJob, ReminderPayload>(new ReminderPayload(text, 1m), runAt, ct) })));
}
