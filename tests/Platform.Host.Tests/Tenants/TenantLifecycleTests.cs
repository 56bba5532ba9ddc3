using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.Loader;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Tenants;

/// <summary>Tenants through the API: create, list, suspend, resume, delete; each with its own database.</summary>
public sealed class TenantLifecycleTests : IAsyncLifetime
{
    private FixtureModuleRoot _root = null!;
    private TestPlatform _platform = null!;

    public async Task InitializeAsync()
    {
        _root = FixtureModuleRoot.With("fixtures.json-new");
        _root.AddVersion("fixtures.ledger", "1.0.0");
        _platform = await TestPlatform.StartAsync(moduleRoot: _root.Path);
    }

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        _root.Dispose();
    }

    private string TenantDatabase(string id) => Path.Combine(_platform.Folder, "data", $"tenant-{id}.db");

    [Fact]
    public async Task Creating_a_tenant_creates_its_database_enables_its_modules_and_returns_an_admin_key_once()
    {
        var response = await _platform.PlatformAdminClient.PostAsJsonAsync("/api/tenants", new { id = "acme", name = "Acme Trading", modules = new[] { "fixtures.ledger" } });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/tenants/acme", response.Headers.Location?.ToString());
        Assert.True(File.Exists(TenantDatabase("acme")));
        Assert.Equal("enabled", body.GetProperty("tenant").GetProperty("modules").GetProperty("fixtures.ledger").GetProperty("status").GetString());
        Assert.Equal("1.0.0", body.GetProperty("tenant").GetProperty("modules").GetProperty("fixtures.ledger").GetProperty("schemaVersion").GetString());
        var acme = _platform.ClientWithKey(body.GetProperty("adminKey").GetProperty("key").GetString());
        Assert.Equal(HttpStatusCode.Created, (await acme.PostAsJsonAsync("/api/ledger/entries", new { code = "A-1", amount = 10m })).StatusCode);
        var keys = await acme.GetFromJsonAsync<JsonElement[]>("/api/tenants/acme/keys");
        Assert.DoesNotContain("key", keys!.Single().EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("A", "id")]
    [InlineData("1abc", "id")]
    [InlineData("acme_corp", "id")]
    [InlineData("", "id")]
    public async Task A_tenant_id_that_is_not_a_slug_is_a_400_naming_the_field(string id, string field)
    {
        var problem = await (await _platform.PlatformAdminClient.PostAsJsonAsync("/api/tenants", new { id, name = "X" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        var list = await _platform.PlatformAdminClient.GetFromJsonAsync<JsonElement[]>("/api/tenants");
        Assert.Equal(["demo"], list!.Select(t => t.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_second_tenant_with_the_same_id_is_a_409_and_an_unknown_module_leaves_no_tenant_behind()
    {
        await _platform.CreateTenantAsync("acme");

        await (await _platform.PlatformAdminClient.PostAsJsonAsync("/api/tenants", new { id = "acme", name = "Again" })).ProblemAsync(HttpStatusCode.Conflict);
        await (await _platform.PlatformAdminClient.PostAsJsonAsync("/api/tenants", new { id = "ghost", name = "Ghost", modules = new[] { "no.such" } })).ProblemAsync(HttpStatusCode.NotFound);

        var list = await _platform.PlatformAdminClient.GetFromJsonAsync<JsonElement[]>("/api/tenants");
        Assert.Equal(["acme", "demo"], list!.Select(t => t.GetProperty("id").GetString()));
        Assert.False(File.Exists(TenantDatabase("ghost")));
    }

    [Fact]
    public async Task A_tenant_key_lists_only_its_own_tenant_and_gets_403_for_another()
    {
        var acme = await _platform.CreateTenantAsync("acme");
        await _platform.CreateTenantAsync("globex");

        var list = await acme.GetFromJsonAsync<JsonElement[]>("/api/tenants");

        Assert.Equal(["acme"], list!.Select(t => t.GetProperty("id").GetString()));
        await (await acme.GetAsync("/api/tenants/globex")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await acme.GetAsync("/api/tenants/globex/modules")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await acme.PostAsync("/api/tenants/globex/modules/fixtures.ledger/enable", null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await acme.GetAsync("/api/tenants/globex/keys")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_suspended_tenant_is_refused_until_resumed()
    {
        var acme = await _platform.CreateTenantAsync("acme", "fixtures.ledger");

        Assert.Equal(HttpStatusCode.OK, (await _platform.PlatformAdminClient.PostAsync("/api/tenants/acme/suspend", null)).StatusCode);
        var problem = await (await acme.GetAsync("/api/ledger/entries")).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("suspended", problem.GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.OK, (await _platform.PlatformAdminClient.PostAsync("/api/tenants/acme/resume", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await acme.GetAsync("/api/ledger/entries")).StatusCode);
    }

    [Fact]
    public async Task Deleting_a_tenant_needs_confirmation_then_drops_its_database_and_keys()
    {
        var acme = await _platform.CreateTenantAsync("acme", "fixtures.ledger");

        var problem = await (await _platform.PlatformAdminClient.DeleteAsync("/api/tenants/acme")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("confirm", out _));
        Assert.True(File.Exists(TenantDatabase("acme")));

        Assert.Equal(HttpStatusCode.NoContent, (await _platform.PlatformAdminClient.DeleteAsync("/api/tenants/acme?confirm=true")).StatusCode);

        Assert.False(File.Exists(TenantDatabase("acme")));
        await (await acme.GetAsync("/api/ledger/entries")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await _platform.PlatformAdminClient.GetAsync("/api/tenants/acme")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
