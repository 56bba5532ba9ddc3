using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Modules;
using Platform.Host.Tests.Pipeline.Probe;
using Platform.Host.Tests.Support;
using Platform.Sdk.Jobs;
using Platform.Sdk.Modules;
using Xunit;

namespace Platform.Host.Tests.Jobs;

/// <summary>What a module is told about a bad job registration, and the tenant time-zone API's refusals.</summary>
public sealed class ScheduledJobRegistrationTests
{
    private static async Task<ModuleDescriptor> AuditModuleAsync(Action<IModuleBuilder> audit)
    {
        await using var platform = await TestPlatform.StartAsync(modules: [ProbeModules.Notes(new ProbeRecorder()), ProbeModules.Audit(audit)]);
        return platform.Catalog.Modules.Single(m => m.Id == "probe.audit");
    }

    public static TheoryData<string, string> BadRegistrations => new()
    {
        { "cron", "Recurring job tick has the cron expression '0 2 * *' with 4 fields; use 5 (minute hour day month weekday) or 6 (seconds first)." },
        { "interval", "Recurring job tick has the interval 00:00:00.5000000; it must be whole seconds, at least one." },
        { "name", "Job TickJob has the name ''; a job name is 1 to 200 characters." },
        { "twice", "Job name 'tick' is registered twice; each job of a module needs its own name." },
        { "attempts", "Recurring job tick allows 0 attempts; use 1 to 100." },
        { "timeout", "Recurring job tick has a time limit of -00:00:01; it must be positive." },
    };

    [Theory]
    [MemberData(nameof(BadRegistrations))]
    public async Task A_bad_job_registration_faults_the_module_with_the_reason(string kind, string reason)
    {
        Action<IModuleBuilder> register = kind switch
        {
            "cron" => b => b.AddRecurringJob<TickJob>("tick", JobSchedule.CronExpression("0 2 * *")),
            "interval" => b => b.AddRecurringJob<TickJob>("tick", JobSchedule.Every(TimeSpan.FromMilliseconds(500))),
            "name" => b => b.AddRecurringJob<TickJob>("", JobSchedule.Every(TimeSpan.FromSeconds(1))),
            "twice" => b => b.AddRecurringJob<TickJob>("tick", JobSchedule.Every(TimeSpan.FromSeconds(1))).AddJob<ReminderJob, ReminderPayload>("tick"),
            "attempts" => b => b.AddRecurringJob<TickJob>("tick", JobSchedule.Every(TimeSpan.FromSeconds(1)), new RecurringJobOptions { MaxAttempts = 0 }),
            _ => b => b.AddRecurringJob<TickJob>("tick", JobSchedule.Every(TimeSpan.FromSeconds(1)), new RecurringJobOptions { Timeout = TimeSpan.FromSeconds(-1) }),
        };

        var module = await AuditModuleAsync(register);

        Assert.Equal(ModuleState.Faulted, module.State);
        Assert.Equal($"Module probe.audit was refused: {reason}", module.FaultReason);
    }

    [Fact]
    public async Task Enqueueing_a_job_class_that_was_never_registered_says_how_to_register_it()
    {
        await using var platform = await TestPlatform.StartAsync(modules: [ProbeModules.Notes(new ProbeRecorder()), ProbeModules.Audit()]);
        await using var scope = platform.Services.CreateAsyncScope();
        var scheduler = scope.ServiceProvider.GetRequiredService<IJobScheduler>();

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => scheduler.EnqueueAsync<ReminderJob, ReminderPayload>(new ReminderPayload("x", 1m)));

        Assert.Contains("is not a registered job; register it with IModuleBuilder.AddJob<ReminderJob, ReminderPayload>(name)", e.Message);
    }

    [Theory]
    [InlineData("{\"timeZone\":\"Mars/Olympus\"}", "timeZone", "'Mars/Olympus' is not an IANA time zone id known here")]
    [InlineData("{\"timeZone\":\"China Standard Time\"}", "timeZone", "is not an IANA time zone id known here")]
    [InlineData("{\"timeZone\":\"\"}", "timeZone", "A time zone is required")]
    [InlineData("{\"timeZone\":3}", "timeZone", "A time zone is required")]
    [InlineData("{}", "timeZone", "A time zone is required")]
    [InlineData("{\"timeZone\":\"UTC\",\"zone\":1}", "zone", "Unknown field; the body has only timeZone.")]
    [InlineData("[\"UTC\"]", "$", "The body must be a JSON object")]
    public async Task A_tenant_time_zone_that_is_not_an_iana_id_is_a_400_naming_the_field(string body, string field, string reason)
    {
        await using var platform = await TestPlatform.StartAsync();

        var response = await platform.Client.PutAsync("/api/tenants/demo/time-zone", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(reason, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        var zone = await platform.Client.GetFromJsonAsync<JsonElement>("/api/tenants/demo/time-zone");
        Assert.Equal(("Asia/Shanghai", true), (zone.GetProperty("timeZone").GetString(), zone.GetProperty("isDefault").GetBoolean()));
    }

    [Fact]
    public async Task A_tenant_user_cannot_change_the_time_zone_and_another_tenant_cannot_read_it()
    {
        await using var platform = await TestPlatform.StartAsync();
        var created = await platform.Client.PostAsJsonAsync("/api/tenants/demo/keys", new { name = "user", role = "tenant-user" });
        created.EnsureSuccessStatusCode();
        var user = platform.ClientWithKey((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await user.PutAsJsonAsync("/api/tenants/demo/time-zone", new { timeZone = "UTC" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/tenants/demo/time-zone")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await platform.Client.GetAsync("/api/tenants/other/time-zone")).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await platform.Client.PutAsync("/api/tenants/demo/time-zone", new StringContent("UTC"))).StatusCode);
    }
}
