using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Jobs;
using Platform.Host.Tests.Pipeline.Probe;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Jobs;

public sealed class JobsApiTests
{
    [Fact]
    public async Task Waiting_and_canceled_jobs_are_canceled_and_retried_by_a_tenant_admin_only()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await JobsKit.StartAsync(recorder, a => a.AddStep<AsyncAuditStep>(JobsKit.AsyncOn()), JobsKit.Settings(workers: 0));
        await JobsKit.PostNoteAsync(platform.Client, "queued");
        var id = Assert.Single(await JobsKit.ListAsync(platform.Client)).Id;
        var user = await TenantUserClientAsync(platform);

        Assert.Equal(JobStatus.Waiting, (await user.GetFromJsonAsync<JobDto>($"/api/jobs/{id}"))!.Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsync($"/api/jobs/{id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await platform.PlatformAdminClient.GetAsync("/api/jobs")).StatusCode);

        var canceled = await ReadAsync(await platform.Client.PostAsync($"/api/jobs/{id}/cancel", null), HttpStatusCode.OK);
        Assert.Equal(JobStatus.Canceled, canceled.Status);
        Assert.NotNull(canceled.FinishedAt);
        Assert.Equal(HttpStatusCode.Conflict, (await platform.Client.PostAsync($"/api/jobs/{id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsync($"/api/jobs/{id}/retry", null)).StatusCode);
        Assert.Single(await JobsKit.ListAsync(platform.Client, JobStatus.Canceled));

        var retried = await ReadAsync(await platform.Client.PostAsync($"/api/jobs/{id}/retry", null), HttpStatusCode.OK);
        Assert.Equal((JobStatus.Waiting, 0), (retried.Status, retried.Attempts));
        Assert.Equal(HttpStatusCode.Conflict, (await platform.Client.PostAsync($"/api/jobs/{id}/retry", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await platform.Client.PostAsync($"/api/jobs/{Guid.NewGuid()}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await platform.Client.GetAsync("/api/jobs?status=sleeping")).StatusCode);
    }

    [Fact]
    public async Task A_failed_job_retried_through_the_api_runs_again_and_a_running_job_cannot_be_canceled()
    {
        var recorder = new ProbeRecorder { FailuresLeft = -1 };
        await using var platform = await JobsKit.StartAsync(recorder, a => a.AddStep<FlakyAsyncStep>(JobsKit.AsyncOn()).AddStep<GateStep>(JobsKit.AsyncOn()),
            JobsKit.Settings(maxAttempts: 2, baseDelay: "00:00:00.050"));
        await JobsKit.PostNoteAsync(platform.Client, "twice");
        var jobs = await JobsKit.WaitAsync(platform.Client, j => j.Count == 2 && j.Any(x => x.Status == JobStatus.Failed) && j.Any(x => x.Status == JobStatus.Running));
        var failed = jobs.Single(j => j.Step == nameof(FlakyAsyncStep));
        var running = jobs.Single(j => j.Step == nameof(GateStep));

        Assert.Equal(HttpStatusCode.Conflict, (await platform.Client.PostAsync($"/api/jobs/{running.Id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await platform.Client.PostAsync($"/api/jobs/{running.Id}/retry", null)).StatusCode);
        recorder.Gate.Release();

        recorder.FailuresLeft = 0;
        var retried = await ReadAsync(await platform.Client.PostAsync($"/api/jobs/{failed.Id}/retry", null), HttpStatusCode.OK);
        Assert.Equal((JobStatus.Waiting, 0), (retried.Status, retried.Attempts));
        Assert.Contains("The disk exploded.", retried.LastError, StringComparison.Ordinal);

        var done = await JobsKit.WaitAsync(platform.Client, j => j.All(x => x.Status == JobStatus.Succeeded));
        Assert.Equal(1, done.Single(j => j.Id == failed.Id).Attempts);
        Assert.Equal([$"job:{failed.Id}"], await JobsKit.AuditsAsync(platform));
        Assert.Equal(HttpStatusCode.Conflict, (await platform.Client.PostAsync($"/api/jobs/{failed.Id}/cancel", null)).StatusCode);
    }

    [Fact]
    public async Task A_tenants_key_never_sees_or_changes_another_tenants_jobs()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await JobsKit.StartAsync(recorder, a => a.AddStep<AsyncAuditStep>(JobsKit.AsyncOn()), JobsKit.Settings(workers: 0));
        await JobsKit.PostNoteAsync(platform.Client, "mine");
        var id = Assert.Single(await JobsKit.ListAsync(platform.Client)).Id;
        var created = await platform.PlatformAdminClient.PostAsJsonAsync("/api/tenants", new { id = "other", name = "Other company" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var otherKey = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("adminKey").GetProperty("key").GetString();
        var other = platform.ClientWithKey(otherKey);

        Assert.Empty(await JobsKit.ListAsync(other));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/jobs/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/jobs/{id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/jobs/{id}/retry", null)).StatusCode);
        Assert.Equal(JobStatus.Waiting, Assert.Single(await JobsKit.ListAsync(platform.Client)).Status);
    }

    private static async Task<HttpClient> TenantUserClientAsync(TestPlatform platform)
    {
        var response = await platform.Client.PostAsJsonAsync("/api/tenants/demo/keys", new { name = "reader", role = "tenant-user" });
        response.EnsureSuccessStatusCode();
        return platform.ClientWithKey((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString());
    }

    private static async Task<JobDto> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JobDto>())!;
    }
}
