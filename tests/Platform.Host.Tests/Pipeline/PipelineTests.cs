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
using static Platform.Host.Tests.Pipeline.Probe.ProbeRequests;

namespace Platform.Host.Tests.Pipeline;

/// <summary>Pipeline semantics that do not depend on the database provider (SQLite); the transactional ones are in <see cref="PipelineTransactionTests"/>.</summary>
public sealed class PipelineTests
{
    private const string Create = PipelineMessages.Create;
    private const string Update = PipelineMessages.Update;

    private static async Task<TestPlatform> StartAsync(ProbeRecorder recorder, Action<IModuleBuilder>? noteSteps = null, Action<IModuleBuilder>? auditSteps = null,
        IDictionary<string, string?>? settings = null) =>
        await TestPlatform.StartAsync(modules: [ProbeModules.Notes(recorder, noteSteps), ProbeModules.Audit(auditSteps)], settings: settings).WithTablesAsync();

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

    [Fact]
    public async Task A_create_answers_the_record_as_a_later_read_returns_it()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await StartAsync(recorder, b => b.AddStep<UppercaseTitleStep>(At(Create, PipelineStage.PreOperation)));

        var created = await (await PostNote(platform, "quiet")).Content.ReadFromJsonAsync<JsonElement>();
        var read = await platform.Client.GetStringAsync($"/api/probe/notes/{created.GetProperty("id").GetGuid()}");

        Assert.Equal(read, created.GetRawText());
        Assert.Equal("QUIET", created.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_create_answers_the_record_with_changes_that_postoperation_steps_made_through_the_data_service()
    {
        var recorder = new ProbeRecorder();
        await using var platform = await StartAsync(recorder, b => b.AddStep<StampBodyAfterCreateStep>(At(Create, PipelineStage.PostOperation)));

        var created = await (await PostNote(platform)).Content.ReadFromJsonAsync<JsonElement>();
        var read = await platform.Client.GetStringAsync($"/api/probe/notes/{created.GetProperty("id").GetGuid()}");

        Assert.Equal("stamped after create", created.GetProperty("body").GetString());
        Assert.Equal(read, created.GetRawText());
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
    public async Task Async_steps_are_accepted_only_at_postoperation_listed_and_run_once_as_jobs()
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
        var job = Assert.Single(await Jobs.JobsKit.WaitAsync(platform.Client, j => j.Count == 1 && j[0].Status == "succeeded"));
        Assert.Equal("send-welcome", job.Step);
        Assert.Single(recorder.Events, e => e.Contains("Tag1", StringComparison.Ordinal));
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
}
