using System.Net;
using System.Net.Http.Json;
using Platform.Host.Tests.Pipeline.Probe;
using Platform.Host.Tests.Support;
using Platform.Sdk.Pipeline;
using Xunit;

namespace Platform.Host.Tests.Tenants;

/// <summary>A module disabled for a tenant: its steps stop for that tenant and start again when re-enabled.</summary>
public sealed class DisabledModuleStepsTests
{
    [Fact]
    public async Task The_steps_of_a_module_disabled_for_the_tenant_do_not_run()
    {
        await using var platform = await TestPlatform.StartAsync(modules:
        [
            ProbeModules.Notes(new ProbeRecorder()),
            ProbeModules.Audit(a => a.AddStep<AuditStep>(new StepRegistration(PipelineMessages.Create, "note", PipelineStage.PreOperation))),
        ]).WithTablesAsync();

        Assert.Equal(HttpStatusCode.Created, (await platform.Client.PostAsJsonAsync("/api/probe/notes", new { title = "audited" })).StatusCode);
        Assert.Equal((1, 1), await ProbeModules.CountAsync(platform));

        Assert.Equal(HttpStatusCode.OK, (await platform.Client.PostAsync("/api/tenants/demo/modules/probe.audit/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await platform.Client.PostAsJsonAsync("/api/probe/notes", new { title = "not audited" })).StatusCode);
        Assert.Equal((2, 1), await ProbeModules.CountAsync(platform));

        Assert.Equal(HttpStatusCode.OK, (await platform.Client.PostAsync("/api/tenants/demo/modules/probe.audit/enable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await platform.Client.PostAsJsonAsync("/api/probe/notes", new { title = "audited again" })).StatusCode);
        Assert.Equal((3, 2), await ProbeModules.CountAsync(platform));
    }
}
