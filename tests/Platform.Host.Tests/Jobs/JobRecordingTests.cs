using System.Net;
using System.Net.Http.Json;
using Platform.Host.Jobs;
using Platform.Host.Tests.Pipeline.Probe;
using Platform.Sdk.Pipeline;
using Xunit;

namespace Platform.Host.Tests.Jobs;

public sealed class JobRecordingTests
{
    [Fact]
    public async Task A_job_is_recorded_in_the_operations_transaction_so_it_exists_only_when_the_operation_commits()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await JobsKit.StartAsync(recorder,
            a => a.AddStep<AsyncAuditStep>(JobsKit.AsyncOn()),
            JobsKit.Settings(workers: 0),
            n => n.AddStep<ChildCreatingStep>(new StepRegistration(PipelineMessages.Create, "note", PipelineStage.PostOperation)));

        // The child's job is recorded by the nested create inside the parent's transaction; the parent then aborts.
        var refused = await platform.Client.PostAsJsonAsync("/api/probe/notes", new { title = "parent-fail" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Empty(await JobsKit.RowsAsync(platform));
        Assert.Equal((0, 0), await ProbeModules.CountAsync(platform));

        var parent = await JobsKit.PostNoteAsync(platform.Client, "parent");

        var rows = await JobsKit.RowsAsync(platform);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal((JobStatus.Waiting, "probe.audit", nameof(AsyncAuditStep), "Create", "note", 0, 3), (r.Status, r.ModuleId, r.StepName, r.Message, r.Entity, r.Attempts, r.MaxAttempts)));
        Assert.Contains(rows, r => r.TargetId == parent && r.Depth == 1);
        Assert.Contains(rows, r => r.TargetId != parent && r.Depth == 2);
    }

    [Fact]
    public async Task An_update_records_a_job_only_when_its_filtering_attributes_are_sent()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await JobsKit.StartAsync(recorder,
            a => a.AddStep<AsyncAuditStep>(JobsKit.AsyncOn(PipelineMessages.Update) with { FilteringAttributes = ["counter"], PreImage = ["counter"] }),
            JobsKit.Settings(workers: 0));
        var id = await JobsKit.PostNoteAsync(platform.Client, "filtered");

        (await platform.Client.PatchAsJsonAsync($"/api/probe/notes/{id}", new { body = "no counter" })).EnsureSuccessStatusCode();
        Assert.Empty(await JobsKit.RowsAsync(platform));
        (await platform.Client.PatchAsJsonAsync($"/api/probe/notes/{id}", new { counter = 7 })).EnsureSuccessStatusCode();

        var job = Assert.Single(await JobsKit.RowsAsync(platform));
        Assert.Equal(("Update", id), (job.Message, job.TargetId));
        Assert.Contains("\"preImage\"", job.Payload, StringComparison.Ordinal);
    }
}
