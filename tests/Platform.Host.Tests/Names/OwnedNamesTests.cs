using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Pipeline;
using Platform.Host.Tests.Loader;
using Platform.Host.Tests.Support;
using Platform.Host.Tests.Tenants;
using Xunit;

namespace Platform.Host.Tests.Names;

/// <summary>
/// Two fixture modules (fixtures.plans-alpha and fixtures.plans-beta, each in its own load context) both own an
/// entity <c>plan</c> and a message <c>recalculate</c> (ADR 0018): both run, each reaches its own by the
/// unqualified name, either is reached by its qualified name, and an unqualified name two enabled modules own is
/// refused as ambiguous.
/// </summary>
public abstract class OwnedNamesTests(TestProvider provider) : IAsyncLifetime
{
    internal const string Alpha = "fixtures.plans-alpha";
    internal const string Beta = "fixtures.plans-beta";

    private FixtureModuleRoot _root = null!;
    private TestPlatform _platform = null!;

    public async Task InitializeAsync()
    {
        _root = FixtureModuleRoot.With(Alpha, Beta);
        _platform = await TestPlatform.StartAsync(moduleRoot: _root.Path, provider: provider);
    }

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        _root.Dispose();
    }

    [Fact]
    public async Task Both_modules_run_and_each_reaches_its_own_plan_and_recalculate()
    {
        var alpha = await PostPlanAsync("/api/plans-alpha/plans");
        var beta = await PostPlanAsync("/api/plans-beta/plans");

        foreach (var id in new[] { Alpha, Beta })
        {
            var module = await _platform.GetModuleAsync(id);
            Assert.Equal("running", module.GetProperty("state").GetString());
            Assert.Equal(["plan"], module.GetProperty("entities").EnumerateArray().Select(e => e.GetString()));
        }
        Assert.Equal((Alpha, Alpha, 20m), (alpha.GetProperty("storedBy").GetString(), alpha.GetProperty("recalculatedBy").GetString(), alpha.GetProperty("result").GetDecimal()));
        Assert.Equal((Beta, Beta, 30m), (beta.GetProperty("storedBy").GetString(), beta.GetProperty("recalculatedBy").GetString(), beta.GetProperty("result").GetDecimal()));
    }

    [Fact]
    public async Task A_module_reaches_the_other_modules_plan_and_recalculate_by_qualified_name()
    {
        var fromAlpha = await PostPlanAsync($"/api/plans-alpha/plans?entity={Beta}/plan&message={Beta}/recalculate");
        var fromBeta = await PostPlanAsync($"/api/plans-beta/plans?entity={Alpha}/plan&message={Alpha}/recalculate");

        Assert.Equal((Beta, Beta), (fromAlpha.GetProperty("storedBy").GetString(), fromAlpha.GetProperty("recalculatedBy").GetString()));
        Assert.Equal((Alpha, Alpha), (fromBeta.GetProperty("storedBy").GetString(), fromBeta.GetProperty("recalculatedBy").GetString()));
    }

    [Fact]
    public async Task An_unqualified_name_that_two_enabled_modules_own_is_refused_naming_both_qualified_names()
    {
        var problem = await (await _platform.Client.PostAsJsonAsync("/api/messages/recalculate", new { amount = 1m })).ProblemAsync(HttpStatusCode.BadRequest);
        var data = _platform.Services.CreateScope().ServiceProvider.GetRequiredService<Platform.Sdk.Data.IDataService>();
        var direct = await Assert.ThrowsAsync<AmbiguousNameException>(() => data.RetrieveAsync("plan", Guid.NewGuid()));

        Assert.Contains($"'{Alpha}/recalculate'", problem.GetProperty("detail").GetString());
        Assert.Contains($"'{Beta}/recalculate'", problem.GetProperty("detail").GetString());
        Assert.Equal([$"{Alpha}/plan", $"{Beta}/plan"], direct.Candidates.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_unqualified_name_resolves_when_only_one_owner_is_enabled_for_the_tenant()
    {
        var acme = await _platform.CreateTenantAsync("acme", Alpha);

        var unqualified = await acme.PostAsJsonAsync("/api/messages/recalculate", new { amount = 4m });
        var answer = await unqualified.Content.ReadFromJsonAsync<JsonElement>();
        var notEnabled = await (await acme.PostAsJsonAsync($"/api/messages/{Beta}/recalculate", new { amount = 4m })).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.OK, unqualified.StatusCode);
        Assert.Equal((Alpha, 8m), (answer.GetProperty("module").GetString(), answer.GetProperty("result").GetDecimal()));
        Assert.Contains($"'{Beta}/recalculate'", notEnabled.GetProperty("detail").GetString());
    }

    private async Task<JsonElement> PostPlanAsync(string path)
    {
        var response = await _platform.Client.PostAsync(new Uri(path, UriKind.Relative), null);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }
}

/// <summary>On SQLite.</summary>
public sealed class SqliteOwnedNamesTests() : OwnedNamesTests(TestProvider.Sqlite);

/// <summary>On PostgreSQL.</summary>
public sealed class PostgreSqlOwnedNamesTests() : OwnedNamesTests(TestProvider.PostgreSql);
