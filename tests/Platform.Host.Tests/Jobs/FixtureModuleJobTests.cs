using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Jobs;
using Platform.Host.Tests.Loader;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Jobs;

public sealed class FixtureModuleJobTests
{
    [Fact]
    public async Task A_loaded_modules_async_step_on_a_custom_message_runs_once_per_job_with_its_request()
    {
        using var modules = FixtureModuleRoot.With("fixtures.job-effects");
        await using var platform = await TestPlatform.StartAsync(moduleRoot: modules.Path, settings: JobsKit.Settings());
        (await platform.Client.PostAsync("/api/jobfx/setup", null)).EnsureSuccessStatusCode();

        (await platform.Client.PostAsync("/api/jobfx/batch?count=50&delayMs=1", null)).EnsureSuccessStatusCode();
        var jobs = await JobsKit.WaitAsync(platform.Client, j => j.Count == 50 && j.All(x => x.Status == JobStatus.Succeeded));

        var effects = await platform.Client.GetFromJsonAsync<JsonElement>("/api/jobfx/effects");
        Assert.Equal((50, 50), (effects.GetProperty("total").GetInt32(), effects.GetProperty("distinct").GetInt32()));
        Assert.All(jobs, j => Assert.Equal(("fixtures.job-effects", "jobfx.ping", null, 1), (j.ModuleId, j.Message, j.Entity, j.Attempts)));
    }
}
