using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.Loader;
using Platform.Host.Tests.Names;
using Platform.Host.Tests.Support;
using Platform.Host.Tests.Tenants;
using Xunit;

namespace Platform.Host.Tests.Contributions;

/// <summary>
/// fixtures.plans-beta defines the named contract <c>fixtures.badge-source</c>; fixtures.plans-alpha contributes
/// a badge to it without either referencing the other (separate load contexts, no dependency). Beta lists the
/// badges of the modules enabled for the caller's tenant and calls the message alpha's badge names.
/// </summary>
public abstract class NamedContractTests(TestProvider provider) : IAsyncLifetime
{
    private FixtureModuleRoot _root = null!;
    private TestPlatform _platform = null!;

    public async Task InitializeAsync()
    {
        _root = FixtureModuleRoot.With(OwnedNamesTests.Alpha, OwnedNamesTests.Beta);
        _platform = await TestPlatform.StartAsync(moduleRoot: _root.Path, provider: provider);
    }

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        _root.Dispose();
    }

    [Fact]
    public async Task A_module_discovers_the_contribution_of_a_module_it_does_not_reference_and_calls_the_message_it_names()
    {
        var badges = await BadgesAsync(_platform.Client);

        Assert.Equal(
            [(OwnedNamesTests.Alpha, "alpha-gold", (decimal?)2m), (OwnedNamesTests.Beta, "beta-silver", null)],
            badges.OrderBy(b => b.Module, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_module_not_enabled_for_the_tenant_contributes_nothing()
    {
        var acme = await _platform.CreateTenantAsync("acme", OwnedNamesTests.Beta);
        var disable = await _platform.Client.PostAsync(new Uri($"/api/tenants/demo/modules/{OwnedNamesTests.Alpha}/disable", UriKind.Relative), null);

        Assert.Equal([(OwnedNamesTests.Beta, "beta-silver", (decimal?)null)], await BadgesAsync(acme));
        Assert.True(disable.IsSuccessStatusCode, await disable.Content.ReadAsStringAsync());
        Assert.Equal([(OwnedNamesTests.Beta, "beta-silver", (decimal?)null)], await BadgesAsync(_platform.Client));
    }

    private static async Task<List<(string Module, string Badge, decimal? Score)>> BadgesAsync(HttpClient client)
    {
        var response = await client.GetAsync(new Uri("/api/plans-beta/badges", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return [.. JsonDocument.Parse(text).RootElement.EnumerateArray().Select(b => (
            b.GetProperty("module").GetString()!,
            b.GetProperty("badge").GetString()!,
            b.GetProperty("score").ValueKind == JsonValueKind.Null ? (decimal?)null : b.GetProperty("score").GetDecimal()))];
    }
}

/// <summary>On SQLite.</summary>
public sealed class SqliteNamedContractTests() : NamedContractTests(TestProvider.Sqlite);

/// <summary>On PostgreSQL.</summary>
public sealed class PostgreSqlNamedContractTests() : NamedContractTests(TestProvider.PostgreSql);
