using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Platform.Host.Tests.Loader;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Tenants;

/// <summary>Per-tenant module enablement: dependencies, disable keeps data, uninstall drops the schema.</summary>
public sealed class ModuleEnablementTests : IAsyncLifetime
{
    private const string Ledger = "fixtures.ledger";
    private const string JsonNew = "fixtures.json-new";
    private const string Dependent = "fixtures.early-dependent";

    private FixtureModuleRoot _root = null!;
    private TestPlatform _platform = null!;

    public async Task InitializeAsync()
    {
        _root = FixtureModuleRoot.With(JsonNew, Dependent);
        _root.AddVersion(Ledger, "1.0.0");
        _platform = await TestPlatform.StartAsync(moduleRoot: _root.Path);
    }

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        _root.Dispose();
    }

    [Fact]
    public async Task Enabling_a_module_whose_dependency_is_off_is_refused_naming_it_unless_the_chain_is_asked_for()
    {
        var acme = await _platform.CreateTenantAsync("acme");

        var problem = await (await acme.PostAsync($"/api/tenants/acme/modules/{Dependent}/enable", null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(JsonNew, problem.GetProperty("detail").GetString());
        Assert.Null(await acme.ModuleStatusAsync("acme", Dependent));

        var response = await acme.PostAsync($"/api/tenants/acme/modules/{Dependent}/enable?withDependencies=true", null);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([JsonNew, Dependent], body.GetProperty("enabled").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("enabled", await acme.ModuleStatusAsync("acme", JsonNew));
        Assert.Equal("enabled", await acme.ModuleStatusAsync("acme", Dependent));
    }

    [Fact]
    public async Task Disabling_a_module_that_enabled_modules_need_is_refused_naming_them()
    {
        var acme = await _platform.CreateTenantAsync("acme", Dependent);

        var problem = await (await acme.PostAsync($"/api/tenants/acme/modules/{JsonNew}/disable", null)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains(Dependent, problem.GetProperty("detail").GetString());
        Assert.Equal("enabled", await acme.ModuleStatusAsync("acme", JsonNew));
        Assert.Equal(HttpStatusCode.OK, (await acme.PostAsync($"/api/tenants/acme/modules/{Dependent}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await acme.PostAsync($"/api/tenants/acme/modules/{JsonNew}/disable", null)).StatusCode);
        Assert.Equal("disabled", await acme.ModuleStatusAsync("acme", JsonNew));
    }

    [Fact]
    public async Task Disabling_keeps_the_data_and_answers_404_for_that_tenant_only()
    {
        var acme = await _platform.CreateTenantAsync("acme", Ledger);
        var globex = await _platform.CreateTenantAsync("globex", Ledger);
        Assert.Equal(HttpStatusCode.Created, (await acme.PostAsJsonAsync("/api/ledger/entries", new { code = "A-1", amount = 5m })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await acme.PostAsync($"/api/tenants/acme/modules/{Ledger}/disable", null)).StatusCode);

        var problem = await (await acme.GetAsync("/api/ledger/entries")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("not enabled for tenant 'acme'", problem.GetProperty("detail").GetString());
        await (await acme.PostAsJsonAsync("/api/ledger/entries", new { code = "A-2", amount = 5m })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await globex.GetAsync("/api/ledger/entries")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await acme.PostAsync($"/api/tenants/acme/modules/{Ledger}/enable", null)).StatusCode);
        var entries = await acme.GetFromJsonAsync<JsonElement>("/api/ledger/entries");
        Assert.Equal(["A-1"], entries.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Uninstalling_needs_confirmation_and_then_drops_the_schema()
    {
        var acme = await _platform.CreateTenantAsync("acme", Ledger);
        Assert.Equal(HttpStatusCode.Created, (await acme.PostAsJsonAsync("/api/ledger/entries", new { code = "A-1", amount = 5m })).StatusCode);

        var problem = await (await acme.DeleteAsync($"/api/tenants/acme/modules/{Ledger}")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("confirm", out _));
        Assert.Contains("ledger_entries", await TablesAsync("acme"));

        Assert.Equal(HttpStatusCode.NoContent, (await acme.DeleteAsync($"/api/tenants/acme/modules/{Ledger}?confirm=true")).StatusCode);

        Assert.DoesNotContain(await TablesAsync("acme"), t => t.StartsWith("ledger_", StringComparison.Ordinal));
        Assert.Null(await acme.ModuleStatusAsync("acme", Ledger));
        Assert.Equal(HttpStatusCode.OK, (await acme.PostAsync($"/api/tenants/acme/modules/{Ledger}/enable", null)).StatusCode);
        Assert.Equal(0, (await acme.GetFromJsonAsync<JsonElement>("/api/ledger/entries")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Enabling_an_unknown_module_is_404_and_disabling_a_module_never_enabled_is_404()
    {
        var acme = await _platform.CreateTenantAsync("acme");

        await (await acme.PostAsync("/api/tenants/acme/modules/no.such/enable", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await acme.PostAsync($"/api/tenants/acme/modules/{Ledger}/disable", null)).ProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<List<string>> TablesAsync(string tenant)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_platform.Folder, "data", $"tenant-{tenant}.db")};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }
        return tables;
    }
}
