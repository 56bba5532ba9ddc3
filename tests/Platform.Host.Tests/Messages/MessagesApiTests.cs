using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Host.Tests.Loader;
using Platform.Host.Tests.Names;
using Platform.Host.Tests.Support;
using Platform.Host.Tests.Tenants;
using Platform.Sdk.Modules;
using Xunit;

namespace Platform.Host.Tests.Messages;

/// <summary>
/// <c>POST /api/messages/{name}</c> runs a custom message with the caller's tenant and identity under the message's
/// permission, and answers bad bodies, unknown messages and missing permissions as entity writes do.
/// </summary>
public abstract class MessagesApiTests(TestProvider provider) : IAsyncLifetime
{
    private const string Audit = "fixtures.plans-beta.audit";
    private readonly DenyingPermissions _permissions = new();
    private FixtureModuleRoot _root = null!;
    private TestPlatform _platform = null!;

    /// <summary>Holds every declared permission but the ones a test takes away.</summary>
    private sealed class DenyingPermissions : IPermissionChecker
    {
        public HashSet<string> Denied { get; } = [];

        public bool Has(string permission) => !Denied.Contains(permission);
    }

    public async Task InitializeAsync()
    {
        _root = FixtureModuleRoot.With(OwnedNamesTests.Alpha, OwnedNamesTests.Beta);
        _platform = await TestPlatform.StartAsync(moduleRoot: _root.Path, provider: provider,
            services: s => s.Replace(ServiceDescriptor.Singleton<IPermissionChecker>(_permissions)));
    }

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        _root.Dispose();
    }

    [Fact]
    public async Task A_message_runs_for_the_callers_tenant_and_identity_by_its_qualified_name()
    {
        var acme = await _platform.CreateTenantAsync("acme", OwnedNamesTests.Beta);

        var demo = await OkAsync(await _platform.Client.PostAsJsonAsync($"/api/messages/{OwnedNamesTests.Beta}/recalculate", new { amount = 5m }));
        var other = await OkAsync(await acme.PostAsJsonAsync($"/api/messages/{OwnedNamesTests.Beta}/recalculate", new { amount = 5m }));

        Assert.Equal((OwnedNamesTests.Beta, 15m, "demo"), (demo.GetProperty("module").GetString(), demo.GetProperty("result").GetDecimal(), demo.GetProperty("tenant").GetString()));
        Assert.Equal("acme", other.GetProperty("tenant").GetString());
        Assert.StartsWith("key:", demo.GetProperty("user").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(demo.GetProperty("user").GetString(), other.GetProperty("user").GetString());
    }

    [Theory]
    [InlineData("{\"amount\": \"ten\"}", "amount", "The value must be a number.")]
    [InlineData("{\"amount\": -1}", "amount", "The field Amount must be between 0 and 1000000.")]
    [InlineData("{}", "amount", "The field is required.")]
    [InlineData("{\"amount\": 1, \"bonus\": 2}", "bonus", "could not be mapped to any .NET member")]
    [InlineData("[1]", "$", "The body must be a JSON object.")]
    [InlineData("{\"amount\": ", "$", "The body is not valid JSON")]
    public async Task A_bad_body_is_a_400_naming_the_field(string body, string field, string reason)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var problem = await (await _platform.Client.PostAsync(new Uri($"/api/messages/{OwnedNamesTests.Beta}/recalculate", UriKind.Relative), content)).ProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), problem.ToString());
        Assert.Contains(reason, messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415()
    {
        using var content = new StringContent("amount=1", Encoding.UTF8, "text/plain");

        var response = await _platform.Client.PostAsync(new Uri($"/api/messages/{OwnedNamesTests.Beta}/recalculate", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_message_and_one_of_a_module_not_enabled_for_the_tenant_are_404()
    {
        var acme = await _platform.CreateTenantAsync("acme", OwnedNamesTests.Beta);

        var unknown = await (await _platform.Client.PostAsJsonAsync("/api/messages/nobody.knows", new { amount = 1m })).ProblemAsync(HttpStatusCode.NotFound);
        var unknownModule = await (await _platform.Client.PostAsJsonAsync("/api/messages/acme.nothing/recalculate", new { amount = 1m })).ProblemAsync(HttpStatusCode.NotFound);
        var notEnabled = await (await acme.PostAsJsonAsync($"/api/messages/{OwnedNamesTests.Alpha}/recalculate", new { amount = 1m })).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("Custom message 'nobody.knows' is not known to any module running for this tenant.", unknown.GetProperty("detail").GetString());
        Assert.Contains("'acme.nothing/recalculate'", unknownModule.GetProperty("detail").GetString());
        Assert.Contains($"'{OwnedNamesTests.Alpha}/recalculate'", notEnabled.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_caller_without_the_messages_permission_gets_403_and_a_platform_key_gets_403()
    {
        var allowed = await _platform.Client.PostAsJsonAsync($"/api/messages/{OwnedNamesTests.Beta}/audit", new { amount = 1m });
        _permissions.Denied.Add(Audit);

        var denied = await (await _platform.Client.PostAsJsonAsync($"/api/messages/{OwnedNamesTests.Beta}/audit", new { amount = 1m })).ProblemAsync(HttpStatusCode.Forbidden);
        var other = await _platform.Client.PostAsJsonAsync($"/api/messages/{OwnedNamesTests.Beta}/recalculate", new { amount = 1m });
        var platformKey = await (await _platform.PlatformAdminClient.PostAsJsonAsync($"/api/messages/{OwnedNamesTests.Beta}/recalculate", new { amount = 1m })).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal($"Custom message '{OwnedNamesTests.Beta}/audit' needs the permission '{Audit}'.", denied.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Contains("tenant's API key", platformKey.GetProperty("detail").GetString());
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }
}

/// <summary>On SQLite.</summary>
public sealed class SqliteMessagesApiTests() : MessagesApiTests(TestProvider.Sqlite);

/// <summary>On PostgreSQL.</summary>
public sealed class PostgreSqlMessagesApiTests() : MessagesApiTests(TestProvider.PostgreSql);
