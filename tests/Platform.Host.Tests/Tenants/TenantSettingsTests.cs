using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.Loader;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Tenants;

/// <summary>Module settings per tenant, validated against the module's settings contract.</summary>
public sealed class TenantSettingsTests : IAsyncLifetime
{
    private static string Settings(string tenant) => $"/api/tenants/{tenant}/modules/fixtures.ledger/settings";

    private FixtureModuleRoot _root = null!;
    private TestPlatform _platform = null!;

    public async Task InitializeAsync()
    {
        _root = FixtureModuleRoot.With();
        _root.AddVersion("fixtures.ledger", "1.0.0");
        _platform = await TestPlatform.StartAsync(moduleRoot: _root.Path);
    }

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        _root.Dispose();
    }

    [Fact]
    public async Task Settings_start_at_the_defaults_and_list_the_contract()
    {
        var acme = await _platform.CreateTenantAsync("acme", "fixtures.ledger");

        var view = await acme.GetFromJsonAsync<JsonElement>(Settings("acme"));

        Assert.Equal(1000, view.GetProperty("settings").GetProperty("maxAmount").GetInt32());
        var field = view.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "maxAmount");
        Assert.Equal("range 1..1000000", field.GetProperty("rules")[0].GetString());
    }

    [Theory]
    [InlineData("""{"maxAmount": 0}""", "maxAmount")]
    [InlineData("""{"maxAmount": "lots"}""", "maxAmount")]
    [InlineData("""{"currency": "yuan"}""", "currency")]
    [InlineData("""{"currency": null}""", "currency")]
    [InlineData("""{"colour": "red"}""", "colour")]
    [InlineData("""[1, 2]""", "$")]
    public async Task Invalid_settings_are_a_400_naming_the_field_and_change_nothing(string body, string field)
    {
        var acme = await _platform.CreateTenantAsync("acme", "fixtures.ledger");

        var response = await acme.PutAsync(Settings("acme"), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        var view = await acme.GetFromJsonAsync<JsonElement>(Settings("acme"));
        Assert.Equal(1000, view.GetProperty("settings").GetProperty("maxAmount").GetInt32());
        Assert.Equal("CNY", view.GetProperty("settings").GetProperty("currency").GetString());
    }

    [Fact]
    public async Task A_tenants_settings_apply_to_its_operations_only()
    {
        var acme = await _platform.CreateTenantAsync("acme", "fixtures.ledger");
        var globex = await _platform.CreateTenantAsync("globex", "fixtures.ledger");

        var put = await acme.PutAsJsonAsync(Settings("acme"), new { maxAmount = 50 });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var refused = await (await acme.PostAsJsonAsync("/api/ledger/entries", new { code = "BIG", amount = 60m })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("may not exceed 50 CNY", refused.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, (await acme.PostAsJsonAsync("/api/ledger/entries", new { code = "OK", amount = 40m })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await globex.PostAsJsonAsync("/api/ledger/entries", new { code = "BIG", amount = 60m })).StatusCode);
        var view = await acme.GetFromJsonAsync<JsonElement>(Settings("acme"));
        Assert.Equal(50, view.GetProperty("overrides").GetProperty("maxAmount").GetInt32());
        Assert.Equal("CNY", view.GetProperty("settings").GetProperty("currency").GetString());
    }
}
