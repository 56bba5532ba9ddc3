using System.Net.Http.Json;
using Platform.Host.Jobs;
using Platform.Host.Tests.Pipeline.Probe;
using Platform.Sdk.Pipeline;
using Xunit;

namespace Platform.Host.Tests.Jobs;

public sealed class JobExecutionTests
{
    [Fact]
    public async Task An_async_step_runs_once_after_commit_with_the_operations_context_rebuilt()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await JobsKit.StartAsync(recorder, a => a.AddStep<AsyncAuditStep>(JobsKit.AsyncOn()), JobsKit.Settings());
        var correlation = Guid.NewGuid();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/probe/notes") { Content = JsonContent.Create(new { title = "hello", counter = 5 }) };
        request.Headers.Add("X-Correlation-Id", correlation.ToString());
        (await platform.Client.SendAsync(request)).EnsureSuccessStatusCode();

        var job = Assert.Single(await JobsKit.WaitAsync(platform.Client, jobs => jobs.Count == 1 && jobs[0].Status == JobStatus.Succeeded));
        await Task.Delay(500); // a second execution would show up by now

        Assert.Equal([$"job:{job.Id}"], await JobsKit.AuditsAsync(platform));
        Assert.Single(recorder.Runs);
        var seen = (SeenContext)recorder.Seen[$"job:{job.Id}"]!;
        Assert.Equal((StepMode.Asynchronous, 40, true, correlation, job.InitiatingUser, 1, true), (seen.Mode, seen.Stage, seen.InTransaction, seen.CorrelationId, seen.User, seen.Depth, seen.NoteCommitted));
        Assert.StartsWith("principal:", job.InitiatingUser, StringComparison.Ordinal);
        Assert.Equal(("hello", 5), (seen.Target!.GetValue<string>("title"), seen.Target["counter"]));
        Assert.Equal(job.TargetId, seen.OutputId);
        Assert.Equal((1, correlation), (job.Attempts, job.CorrelationId));
        Assert.True(job.StartedAt >= job.CreatedAt && job.FinishedAt >= job.StartedAt);
    }

    [Fact]
    public async Task A_failing_step_is_retried_with_exponential_backoff_then_fails_with_its_error()
    {
        var recorder = new ProbeRecorder { FailuresLeft = -1 };
        await using var platform = await JobsKit.StartAsync(recorder, a => a.AddStep<FlakyAsyncStep>(JobsKit.AsyncOn()),
            JobsKit.Settings(maxAttempts: 3, baseDelay: "00:00:00.300"));
        await JobsKit.PostNoteAsync(platform.Client, "doomed");

        var job = Assert.Single(await JobsKit.WaitAsync(platform.Client, jobs => jobs.Count == 1 && jobs[0].Status == JobStatus.Failed));

        Assert.Equal((3, 3), (job.Attempts, job.MaxAttempts));
        Assert.Contains("The disk exploded.", job.LastError, StringComparison.Ordinal);
        Assert.Contains(nameof(FlakyAsyncStep), job.LastError, StringComparison.Ordinal);
        Assert.NotNull(job.FinishedAt);
        Assert.Null(job.NextRunAt);
        var runs = recorder.Runs.ToArray();
        Assert.Equal(3, runs.Length);
        var first = runs[1] - runs[0];
        var second = runs[2] - runs[1];
        Assert.True(first >= TimeSpan.FromMilliseconds(290), $"first delay {first.TotalMilliseconds} ms, base 300 ms");
        Assert.True(second >= TimeSpan.FromMilliseconds(590), $"second delay {second.TotalMilliseconds} ms, 2 × base");
        Assert.Empty(await JobsKit.AuditsAsync(platform));
    }

    [Fact]
    public async Task A_step_that_refuses_the_work_fails_at_once_without_retries()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await JobsKit.StartAsync(recorder, a => a.AddStep<RefuseStep>(JobsKit.AsyncOn()), JobsKit.Settings(maxAttempts: 5));
        await JobsKit.PostNoteAsync(platform.Client, "refused");

        var job = Assert.Single(await JobsKit.WaitAsync(platform.Client, jobs => jobs.Count == 1 && jobs[0].Status == JobStatus.Failed));

        Assert.Equal(1, job.Attempts);
        Assert.Contains("Credit limit exceeded for this customer.", job.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_whose_lease_expired_mid_run_is_taken_over_and_the_late_attempts_work_is_rolled_back()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await JobsKit.StartAsync(recorder, a => a.AddStep<SlowFirstRunStep>(JobsKit.AsyncOn() with { Timeout = TimeSpan.FromSeconds(10) }),
            JobsKit.Settings(lease: "00:00:00.500"));
        await JobsKit.PostNoteAsync(platform.Client, "slow");

        var job = Assert.Single(await JobsKit.WaitAsync(platform.Client, jobs => jobs.Count == 1 && jobs[0].Status == JobStatus.Succeeded));
        await WaitUntilAsync(() => recorder.Events.Count(e => e == "wrote") == 2, seconds: 10); // the first, late attempt has written and tried to complete

        Assert.Equal(2, job.Attempts);
        Assert.Equal([$"job:{job.Id}"], await JobsKit.AuditsAsync(platform));
        Assert.Equal(JobStatus.Succeeded, Assert.Single(await JobsKit.ListAsync(platform.Client)).Status);
    }

    [Fact]
    public async Task Jobs_of_a_module_disabled_for_the_tenant_wait_until_it_is_enabled_again()
    {
        var recorder = new ProbeRecorder();
        var recording = await JobsKit.StartAsync(recorder, a => a.AddStep<AsyncAuditStep>(JobsKit.AsyncOn()), JobsKit.Settings(workers: 0));
        var folder = recording.Folder;
        await JobsKit.PostNoteAsync(recording.Client, "later");
        (await recording.Client.PostAsync("/api/tenants/demo/modules/probe.audit/disable", null)).EnsureSuccessStatusCode();
        await recording.StopAsync(); // keeps the folder for the next host

        await using var platform = await JobsKit.StartAsync(recorder, a => a.AddStep<AsyncAuditStep>(JobsKit.AsyncOn()), JobsKit.Settings(), folder: folder);

        await Task.Delay(1000);
        Assert.Equal(JobStatus.Waiting, Assert.Single(await JobsKit.ListAsync(platform.Client)).Status);
        Assert.Empty(recorder.Runs);

        (await platform.Client.PostAsync("/api/tenants/demo/modules/probe.audit/enable", null)).EnsureSuccessStatusCode();
        var job = Assert.Single(await JobsKit.WaitAsync(platform.Client, jobs => jobs.Count == 1 && jobs[0].Status == JobStatus.Succeeded));
        Assert.Equal(1, job.Attempts);
    }

    [Fact]
    public async Task A_host_that_stops_hands_its_running_job_back_without_counting_the_attempt()
    {
        var recorder = new ProbeRecorder();
        var stopping = await JobsKit.StartAsync(recorder, a => a.AddStep<GateStep>(JobsKit.AsyncOn()), JobsKit.Settings());
        await JobsKit.PostNoteAsync(stopping.Client, "interrupted");
        await JobsKit.WaitAsync(stopping.Client, jobs => jobs.Count == 1 && jobs[0].Status == JobStatus.Running);
        await stopping.StopAsync(); // cancels the step, which waits on the gate

        await using var next = await JobsKit.StartAsync(recorder, a => a.AddStep<GateStep>(JobsKit.AsyncOn()), JobsKit.Settings(workers: 0), folder: stopping.Folder);
        var job = Assert.Single(await JobsKit.ListAsync(next.Client));
        Assert.Equal((JobStatus.Waiting, 0, null), (job.Status, job.Attempts, job.LastError));
        Assert.True(job.NextRunAt <= DateTimeOffset.UtcNow);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, int seconds)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "Timed out waiting.");
            await Task.Delay(50);
        }
    }
}
