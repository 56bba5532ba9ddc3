using Platform.Host.Jobs;
using Platform.Host.Tests.Pipeline.Probe;
using Xunit;

namespace Platform.Host.Tests.Jobs;

public sealed class TwoHostTests
{
    [Fact]
    public async Task Two_hosts_on_one_database_run_each_of_200_jobs_exactly_once_and_share_the_work()
    {
        const int count = 200;
        var recorder = new ProbeRecorder();
        await using var first = await JobsKit.StartAsync(recorder, a => a.AddStep<PacedAuditStep>(JobsKit.AsyncOn()), JobsKit.Settings(workers: 0));
        for (var i = 0; i < count; i++)
        {
            await JobsKit.PostNoteAsync(first.Client, $"note {i}");
        }
        await first.StopAsync();
        var hostA = await JobsKit.StartAsync(recorder, a => a.AddStep<PacedAuditStep>(JobsKit.AsyncOn()), JobsKit.Settings(worker: "host-a"), folder: first.Folder);
        var hostB = await JobsKit.StartAsync(recorder, a => a.AddStep<PacedAuditStep>(JobsKit.AsyncOn()), JobsKit.Settings(worker: "host-b"), folder: first.Folder);
        try
        {
            var jobs = await JobsKit.WaitAsync(hostA.Client, j => j.Count == count && j.All(x => x.Status == JobStatus.Succeeded), seconds: 60);
            await Task.Delay(300);

            var audits = await JobsKit.AuditsAsync(hostA);
            Assert.Equal(count, audits.Count);
            Assert.Equal(jobs.Select(j => $"job:{j.Id}").Order(), audits.Order());
            Assert.All(jobs, j => Assert.Equal(1, j.Attempts));
            Assert.Equal(["host-a", "host-b"], jobs.Select(j => j.Worker).Distinct().Order());
        }
        finally
        {
            await hostA.StopAsync();
            await hostB.StopAsync();
        }
    }
}
