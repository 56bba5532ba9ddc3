using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Jobs;
using Platform.Host.Pipeline;
using Platform.Host.Tenants;
using Platform.Host.Tests.Pipeline.Probe;
using Platform.Host.Tests.Support;
using Platform.Sdk.Modules;
using Platform.Sdk.Pipeline;

namespace Platform.Host.Tests.Jobs;

/// <summary>A job as <c>/api/jobs</c> returns it.</summary>
public sealed record JobDto(
    Guid Id, string Status, string ModuleId, string Step, string Message, string? Entity, Guid? TargetId, int Attempts, int MaxAttempts,
    DateTimeOffset? NextRunAt, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt,
    Guid CorrelationId, string InitiatingUser, int Depth, string? Worker, string Kind = "step", DateTimeOffset? OccurrenceAt = null);

public sealed record JobPageDto(List<JobDto> Items, int TotalCount, int Page, int PageSize);

/// <summary>Starting probe hosts with job settings, and reading jobs.</summary>
public static class JobsKit
{
    public static StepRegistration AsyncOn(string message = PipelineMessages.Create, string? name = null) =>
        new(message, "note", PipelineStage.PostOperation) { Mode = StepMode.Asynchronous, Name = name };

    public static Dictionary<string, string?> Settings(int workers = 2, int maxAttempts = 3, string baseDelay = "00:00:00.200", string lease = "00:00:30", string? worker = null) => new()
    {
        ["Platform:Jobs:Workers"] = workers.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Platform:Jobs:PollInterval"] = "00:00:00.100",
        ["Platform:Jobs:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Platform:Jobs:BaseDelay"] = baseDelay,
        ["Platform:Jobs:LeaseDuration"] = lease,
        ["Platform:Jobs:WorkerName"] = worker,
    };

    /// <summary>A host with the probe modules (tables created), the audit module registering <paramref name="auditSteps"/>.</summary>
    public static Task<TestPlatform> StartAsync(ProbeRecorder recorder, Action<IModuleBuilder>? auditSteps, Dictionary<string, string?> settings,
        Action<IModuleBuilder>? noteSteps = null, string? folder = null)
    {
        var starting = TestPlatform.StartAsync(modules: [ProbeModules.Notes(recorder, noteSteps), ProbeModules.Audit(auditSteps)], settings: settings, folder: folder);
        return folder is null ? starting.WithTablesAsync() : starting; // a later host on the same folder finds the tables
    }

    public static async Task<Guid> PostNoteAsync(HttpClient client, string title)
    {
        var response = await client.PostAsJsonAsync("/api/probe/notes", new { title });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<List<JobDto>> ListAsync(HttpClient client, string? status = null)
    {
        var page = await client.GetFromJsonAsync<JobPageDto>($"/api/jobs?pageSize=500{(status is null ? "" : "&status=" + status)}");
        return page!.Items;
    }

    /// <summary>Polls the API until <paramref name="done"/> holds for the jobs, or fails after <paramref name="seconds"/>.</summary>
    public static async Task<List<JobDto>> WaitAsync(HttpClient client, Func<List<JobDto>, bool> done, int seconds = 20)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var jobs = await ListAsync(client);
            if (done(jobs))
            {
                return jobs;
            }
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException("Jobs did not reach the expected state: " + string.Join("; ", jobs.Select(j => $"{j.Id} {j.Status} attempts {j.Attempts} {j.LastError}")));
            }
            await Task.Delay(50);
        }
    }

    /// <summary>The demo tenant's job rows, read straight from its database.</summary>
    public static async Task<List<JobRow>> RowsAsync(TestPlatform platform)
    {
        await using var scope = platform.Services.CreateTenantScope("demo");
        return await scope.ServiceProvider.GetRequiredService<TenantPlatformDbContext>().Jobs.AsNoTracking().ToListAsync();
    }

    /// <summary>The audit rows' texts in the demo tenant.</summary>
    public static async Task<List<string>> AuditsAsync(TestPlatform platform)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().TenantId = "demo";
        return await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Entries.Select(e => e.What).ToListAsync();
    }

    private static AsyncServiceScope CreateTenantScope(this IServiceProvider services, string tenantId) =>
        services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope(tenantId);
}
