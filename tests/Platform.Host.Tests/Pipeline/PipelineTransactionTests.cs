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
using Microsoft.Extensions.Logging;
using Xunit;
using static Platform.Host.Tests.Pipeline.Probe.ProbeRequests;

namespace Platform.Host.Tests.Pipeline;

/// <summary>
/// What the pipeline promises about transactions, on every provider (the derived classes at the end): each
/// test starts its own platform with its own database.
/// </summary>
public abstract class PipelineTransactionTests(TestProvider provider)
{
    private const string Create = PipelineMessages.Create;

    private async Task<TestPlatform> StartAsync(ProbeRecorder recorder, Action<IModuleBuilder>? noteSteps = null, Action<IModuleBuilder>? auditSteps = null,
        ILoggerProvider? loggerProvider = null) =>
        await TestPlatform.StartAsync(modules: [ProbeModules.Notes(recorder, noteSteps), ProbeModules.Audit(auditSteps)], loggerProvider: loggerProvider, provider: provider).WithTablesAsync();

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
    public async Task Any_other_step_exception_is_a_500_problem_with_the_correlation_id_logged_and_nothing_written()
    {
        var recorder = new ProbeRecorder();
        var logs = new ListLoggerProvider();
        await using var platform = await StartAsync(recorder,
            b => b.AddStep<CrashStep>(At(Create, PipelineStage.PostOperation)), a => a.AddStep<AuditStep>(At(Create, PipelineStage.PreOperation)), logs);
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

public sealed class SqlitePipelineTransactionTests() : PipelineTransactionTests(TestProvider.Sqlite);

public sealed class PostgreSqlPipelineTransactionTests() : PipelineTransactionTests(TestProvider.PostgreSql);

[OnlyWithEnvironment(TestProvider.SqlServerVariable)]
public sealed class SqlServerPipelineTransactionTests() : PipelineTransactionTests(TestProvider.SqlServer);
