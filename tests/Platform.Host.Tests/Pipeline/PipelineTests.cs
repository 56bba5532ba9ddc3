using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Pipeline;
using Platform.Host.Tests.Pipeline.Probe;
using Platform.Host.Tests.Support;
using Platform.Sdk.Data;
using Platform.Sdk.Modules;
using Platform.Sdk.Pipeline;
using Xunit;

namespace Platform.Host.Tests.Pipeline;

public sealed class PipelineTests
{
    private const string Create = PipelineMessages.Create;
    private const string Update = PipelineMessages.Update;

    private static StepRegistration At(string message, PipelineStage stage, int rank = 0) => new(message, "note", stage) { Rank = rank };

    private static async Task<TestPlatform> StartAsync(ProbeRecorder recorder, Action<IModuleBuilder>? noteSteps = null, Action<IModuleBuilder>? auditSteps = null,
        IDictionary<string, string?>? settings = null) =>
        await TestPlatform.StartAsync(modules: [ProbeModules.Notes(recorder, noteSteps), ProbeModules.Audit(auditSteps)], settings: settings).WithTablesAsync();

    private static Task<HttpResponseMessage> PostNote(TestPlatform platform, string title = "hello", Guid? correlationId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/probe/notes") { Content = JsonContent.Create(new { title }) };
        if (correlationId is { } id)
        {
            request.Headers.Add("X-Correlation-Id", id.ToString());
        }
        return platform.Client.SendAsync(request);
    }

    [Fact]
    public async Task Stages_run_in_order_10_20_30_40_with_only_prevalidation_outside_the_transaction()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await StartAsync(recorder, b => b
            .AddStep<RecordStep<Tag3>>(At(Create, PipelineStage.PostOperation))
            .AddStep<RecordStep<Tag2>>(At(Create, PipelineStage.PreOperation))
            .AddStep<RecordStep<Tag1>>(At(Create, PipelineStage.PreValidation)));

        var response = await PostNote(platform);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(["10:Tag1:tx=False", "20:Tag2:tx=True", "30:main:tx=True", "40:Tag3:tx=True"], recorder.Events);
    }

    [Fact]
    public async Task Steps_within_a_stage_run_by_rank_then_registration_order()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await StartAsync(recorder, b => b
            .AddStep<RecordStep<Tag1>>(At(Create, PipelineStage.PreOperation, rank: 5))
            .AddStep<RecordStep<Tag2>>(At(Create, PipelineStage.PreOperation, rank: -1))
            .AddStep<RecordStep<Tag3>>(At(Create, PipelineStage.PreOperation, rank: 5)),
            a => a.AddStep<RecordStep<Tag3>>(At(Create, PipelineStage.PreOperation, rank: 0)));

        await PostNote(platform);

        Assert.Equal(["20:Tag2:tx=True", "20:Tag3:tx=True", "20:Tag1:tx=True", "20:Tag3:tx=True", "30:main:tx=True"], recorder.Events);
    }

    [Fact]
    public async Task A_throw_in_postoperation_rolls_back_the_write_and_every_modules_writes()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await StartAsync(recorder,
            b => b.AddStep<RefuseStep>(At(Create, PipelineStage.PostOperation, rank: 10)),
            a => a.AddStep<AuditStep>(At(Create, PipelineStage.PreOperation)).AddStep<AuditStep>(At(Create, PipelineStage.PostOperation)));

        var response = await PostNote(platform);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((0, 0), await ProbeModules.CountAsync(platform));
    }

    [Fact]
    public async Task Without_a_failing_step_every_modules_writes_commit_together()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await StartAsync(recorder, null,
            a => a.AddStep<AuditStep>(At(Create, PipelineStage.PreOperation)).AddStep<AuditStep>(At(Create, PipelineStage.PostOperation)));

        Assert.Equal(HttpStatusCode.Created, (await PostNote(platform)).StatusCode);
        Assert.Equal((1, 2), await ProbeModules.CountAsync(platform));
    }

    [Fact]
    public async Task A_prevalidation_write_is_outside_the_transaction_and_survives_a_later_abort()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await StartAsync(recorder,
            b => b.AddStep<RefuseStep>(At(Create, PipelineStage.PostOperation)),
            a => a.AddStep<AuditStep>(At(Create, PipelineStage.PreValidation)));

        await PostNote(platform);

        Assert.Equal((0, 1), await ProbeModules.CountAsync(platform));
    }

    [Fact]
    public async Task InvalidPluginExecutionException_becomes_a_4xx_problem_with_the_steps_message()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await StartAsync(recorder, b => b.AddStep<RefuseStep>(At(Create, PipelineStage.PreOperation)));

        var response = await PostNote(platform);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Credit limit exceeded for this customer.", problem.GetProperty("detail").GetString());
        Assert.Equal("Not allowed.", problem.GetProperty("errors").GetProperty("title")[0].GetString());
    }

    [Fact]
    public async Task Any_other_step_exception_is_a_500_problem_with_the_correlation_id_logged_and_nothing_written()
    {
        var recorder = new ProbeRecorder();
        var logs = new ListLoggerProvider();
        await using var platform = await TestPlatform.StartAsync(
            modules: [ProbeModules.Notes(recorder, b => b.AddStep<CrashStep>(At(Create, PipelineStage.PostOperation))), ProbeModules.Audit(a => a.AddStep<AuditStep>(At(Create, PipelineStage.PreOperation)))],
            loggerProvider: logs).WithTablesAsync();
        var correlationId = Guid.NewGuid();

        var response = await PostNote(platform, correlationId: correlationId);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(correlationId.ToString(), problem.GetProperty("correlationId").GetString());
        Assert.Contains("CrashStep of module probe.notes failed: The disk exploded.", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("at Platform", problem.GetRawText()); // no stack trace to the caller
        Assert.Contains(logs.Entries, e => e.Exception?.InnerException?.Message == "The disk exploded." && e.Message.Contains(correlationId.ToString()));
        Assert.Equal((0, 0), await ProbeModules.CountAsync(platform));
    }

    [Fact]
    public async Task A_write_refused_by_a_database_constraint_is_a_409_problem_and_nothing_is_written()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await StartAsync(recorder, null, a => a.AddStep<AuditStep>(At(Create, PipelineStage.PreOperation)));

        var first = await PostNote(platform, "same");
        var second = await PostNote(platform, "same");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal((1, 1), await ProbeModules.CountAsync(platform));
    }

    [Fact]
    public async Task Nested_operations_deeper_than_8_abort_and_roll_back_everything()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await StartAsync(recorder, b => b.AddStep<RecurseStep>(At(Create, PipelineStage.PostOperation)));

        var response = await PostNote(platform);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal((HttpStatusCode)508, response.StatusCode);
        Assert.Contains("reached depth 9; the limit is 8", problem.GetProperty("detail").GetString());
        Assert.Equal(Enumerable.Range(1, 8).Select(d => $"depth={d}"), recorder.Events.Where(e => e.StartsWith("depth", StringComparison.Ordinal)));
        Assert.Equal((0, 0), await ProbeModules.CountAsync(platform));
    }

    [Fact]
    public async Task The_depth_limit_is_configurable()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await StartAsync(recorder, b => b.AddStep<RecurseStep>(At(Create, PipelineStage.PostOperation)),
            settings: new Dictionary<string, string?> { ["Platform:Pipeline:MaxDepth"] = "3" });

        var response = await PostNote(platform);

        Assert.Equal((HttpStatusCode)508, response.StatusCode);
        Assert.Equal(3, recorder.Events.Count(e => e.StartsWith("depth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Update_steps_with_filtering_attributes_run_only_when_a_filtered_attribute_changes()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await StartAsync(recorder, b => b
            .AddStep<RecordStep<Tag1>>(At(Update, PipelineStage.PreOperation) with { FilteringAttributes = ["title"] })
            .AddStep<RecordStep<Tag2>>(At(Update, PipelineStage.PreOperation)));
        var id = (await (await PostNote(platform)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await platform.Client.PatchAsJsonAsync($"/api/probe/notes/{id}", new { body = "only the body" });
        var afterBody = recorder.Events.ToList();
        await platform.Client.PatchAsJsonAsync($"/api/probe/notes/{id}", new { title = "new title" });

        Assert.Equal(["30:main:tx=True", "20:Tag2:tx=True"], afterBody);
        Assert.Equal(["30:main:tx=True", "20:Tag2:tx=True", "20:Tag1:tx=True", "20:Tag2:tx=True"], recorder.Events);
    }

    [Fact]
    public async Task Steps_get_the_pre_and_post_images_they_ask_for()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await StartAsync(recorder, b => b
            .AddStep<ImageStep>(At(Update, PipelineStage.PostOperation) with { PreImage = ["title"], PostImage = [] }));
        var id = (await (await platform.Client.PostAsJsonAsync("/api/probe/notes", new { title = "before", body = "kept", counter = 1 })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var response = await platform.Client.PatchAsJsonAsync($"/api/probe/notes/{id}", new { title = "after" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pre = Assert.IsType<Entity>(recorder.Seen["pre@40"]);
        var post = Assert.IsType<Entity>(recorder.Seen["post@40"]);
        Assert.Equal("before", pre["title"]);
        Assert.False(pre.Contains("body")); // only the attributes asked for
        Assert.Equal("after", post["title"]);
        Assert.Equal("kept", post["body"]);
        Assert.Equal(id, post.Id);
    }

    [Fact]
    public async Task Steps_that_ask_for_no_image_get_none()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await StartAsync(recorder, b => b.AddStep<ImageStep>(At(Create, PipelineStage.PostOperation)));

        await PostNote(platform);

        Assert.Null(recorder.Seen["pre@40"]);
        Assert.Null(recorder.Seen["post@40"]);
        Assert.Equal("hello", Assert.IsType<Entity>(recorder.Seen["target@40"])["title"]);
    }

    [Fact]
    public async Task Shared_variables_pass_from_stage_to_stage_and_traces_are_kept()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await StartAsync(recorder, b => b
            .AddStep<SharedWriteStep>(At(Create, PipelineStage.PreValidation))
            .AddStep<SharedReadStep>(At(Create, PipelineStage.PostOperation)));
        var correlationId = Guid.NewGuid();

        await PostNote(platform, correlationId: correlationId);
        var traces = await platform.Client.GetFromJsonAsync<JsonElement[]>($"/api/traces?correlationId={correlationId}");

        Assert.Contains("40:ticket=from 10", recorder.Events);
        var trace = Assert.Single(traces!);
        Assert.Equal("wrote ticket at 10", trace.GetProperty("lines")[0].GetString());
        Assert.Equal("probe.notes", trace.GetProperty("moduleId").GetString());
    }

    [Fact]
    public async Task A_preoperation_step_can_change_the_target_before_it_is_written()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await StartAsync(recorder, b => b.AddStep<UppercaseTitleStep>(At(Create, PipelineStage.PreOperation)));

        var created = await (await PostNote(platform, "quiet")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("QUIET", created.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData(typeof(CooperativeSlowStep))]
    [InlineData(typeof(StubbornSlowStep))]
    public async Task A_step_over_its_time_limit_aborts_the_operation(Type stepType)
    {
        var recorder = new ProbeRecorder();
        var registration = At(Create, PipelineStage.PostOperation) with { Timeout = TimeSpan.FromMilliseconds(150) };
        await using var platform = await StartAsync(recorder, b =>
        {
            if (stepType == typeof(CooperativeSlowStep))
            {
                b.AddStep<CooperativeSlowStep>(registration);
            }
            else
            {
                b.AddStep<StubbornSlowStep>(registration);
            }
        });

        var started = DateTime.UtcNow;
        var response = await PostNote(platform);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Contains("exceeded its time limit of 150 ms", problem.GetProperty("detail").GetString());
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(2.5), "the caller was not released at the time limit");
        Assert.Equal((0, 0), await ProbeModules.CountAsync(platform));
    }

    [Fact]
    public async Task The_default_step_time_limit_comes_from_configuration()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await StartAsync(recorder, b => b.AddStep<CooperativeSlowStep>(At(Create, PipelineStage.PreOperation)),
            settings: new Dictionary<string, string?> { ["Platform:Pipeline:DefaultStepTimeout"] = "00:00:00.200" });

        var response = await PostNote(platform);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Contains("time limit of 200 ms", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Async_steps_are_accepted_and_listed_but_only_at_postoperation()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await StartAsync(recorder,
            b => b.AddStep<RecordStep<Tag1>>(At(Create, PipelineStage.PostOperation) with { Mode = StepMode.Asynchronous, Name = "send-welcome" }),
            a => a.AddStep<RecordStep<Tag2>>(At(Create, PipelineStage.PreOperation) with { Mode = StepMode.Asynchronous }));

        var notes = await platform.GetModuleAsync("probe.notes");
        var audit = await platform.GetModuleAsync("probe.audit");
        await PostNote(platform);

        var step = Assert.Single(notes.GetProperty("steps").EnumerateArray());
        Assert.Equal("send-welcome", step.GetProperty("name").GetString());
        Assert.Equal("Asynchronous", step.GetProperty("mode").GetString());
        Assert.Equal(40, step.GetProperty("stage").GetInt32());
        Assert.Equal("faulted", audit.GetProperty("state").GetString());
        Assert.Equal("Module probe.audit was refused: Step RecordStep`1 is asynchronous at stage 20; asynchronous steps run at PostOperation (40) only.",
            audit.GetProperty("faultReason").GetString());
        Assert.DoesNotContain(recorder.Events, e => e.Contains("Tag1", StringComparison.Ordinal)); // not run synchronously
    }

    [Fact]
    public async Task A_module_may_not_replace_a_platform_service()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await StartAsync(recorder, null, a => a.Services.AddScoped<IDataService>(_ => null!));

        var audit = await platform.GetModuleAsync("probe.audit");

        Assert.Equal("faulted", audit.GetProperty("state").GetString());
        Assert.Contains("registers Platform.Sdk.Data.IDataService, which the platform or another module already provides", audit.GetProperty("faultReason").GetString());
        Assert.Equal("running", (await platform.GetModuleAsync("probe.notes")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Steps_of_a_faulted_module_do_not_run_and_its_endpoints_answer_404()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await StartAsync(recorder, b => b.AddStep<RecordStep<Tag1>>(At(Create, PipelineStage.PreOperation)));
        platform.Catalog.Modules.Single(m => m.Id == "probe.notes").Fault("test fault");

        var response = await PostNote(platform);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(recorder.Events);
    }

    [Fact]
    public async Task Nested_operations_share_the_correlation_id_and_report_their_depth()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await StartAsync(recorder);
        await using var scope = platform.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().TenantId = "demo";
        var data = scope.ServiceProvider.GetRequiredService<IDataService>();

        var id = await data.CreateAsync(new Entity("note") { ["title"] = "direct", ["counter"] = 7 });
        var page = await data.QueryAsync(new QueryRequest("note") { Filters = [new QueryFilter("counter", FilterOperator.Ge, "5")] });

        Assert.Equal(id, Assert.Single(page.Items).Id);
        await Assert.ThrowsAsync<UnknownTargetException>(() => data.CreateAsync(new Entity("nothing")));
    }
}
