using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Pipeline;
using Platform.Host.Tests.Loader;
using Platform.Host.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Platform.Host.Tests.Security;

/// <summary>
/// Sends generated malformed bodies (see <see cref="MalformedBodies"/>) to every write endpoint of the
/// platform and of every module, with keys allowed to write there. No answer may be 2xx or 5xx, a
/// 400 about one field must name it, and neither the tenant's database nor the catalog may change.
/// </summary>
public sealed class MalformedRequestFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Seed = 20261123;
    private FixtureModuleRoot _root = null!;
    private TestPlatform _platform = null!;

    public async Task InitializeAsync()
    {
        _root = AllModulesRoot.Create();
        _platform = await TestPlatform.StartAsync(moduleRoot: _root.Path, settings: new Dictionary<string, string?> { ["Platform:DemoTenant:Seed"] = "true" });
    }

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        _root.Dispose();
    }

    [Fact]
    public async Task At_least_a_thousand_malformed_requests_get_4xx_problems_and_write_nothing()
    {
        Assert.Equal(HttpStatusCode.Created, (await _platform.Client.PostAsJsonAsync("/api/ledger/entries", new { code = "L-1", amount = 3m })).StatusCode);
        var data = Path.Combine(_platform.Folder, "data");
        var tenantBefore = await SqliteSnapshot.TakeAsync(Path.Combine(data, "tenant-demo.db"));
        var catalogBefore = await SqliteSnapshot.TakeAsync(Path.Combine(data, "catalog.db"));
        var random = new Random(Seed);
        var sent = 0;
        var endpoints = 0;

        foreach (var route in RouteCatalog.Of(_platform).Where(r => r.Method is "POST" or "PUT" or "PATCH" && r.BodyType is not null))
        {
            foreach (var (path, inputType) in await TargetsAsync(route))
            {
                endpoints++;
                var client = path == "/api/tenants" ? _platform.PlatformAdminClient : _platform.Client;
                foreach (var body in MalformedBodies.For(inputType, randomCases: 10, random))
                {
                    using var request = new HttpRequestMessage(new HttpMethod(route.Method), path) { Content = new StringContent(body.Text, Encoding.UTF8, body.ContentType) };
                    var response = await client.SendAsync(request);
                    var text = await response.Content.ReadAsStringAsync();
                    sent++;
                    var status = (int)response.StatusCode;
                    Assert.True(status is >= 400 and < 500, $"{route.Method} {path} with {body.Case}: {status} {text}");
                    if (body.Field is { } field && status == 400)
                    {
                        var errors = JsonNode.Parse(text)?["errors"]?.AsObject();
                        Assert.True(errors is not null && errors.Any(e => e.Key.StartsWith(field, StringComparison.Ordinal) || e.Key == "$"),
                            $"{route.Method} {path} with {body.Case}: the problem does not name {field}: {text}");
                    }
                }
            }
        }

        output.WriteLine($"{sent} malformed requests to {endpoints} write endpoints");
        Assert.True(sent >= 1000, $"Only {sent} malformed requests were generated.");
        Assert.True(endpoints >= 20, $"Only {endpoints} write endpoints were found.");
        Assert.Equal(tenantBefore, await SqliteSnapshot.TakeAsync(Path.Combine(data, "tenant-demo.db")));
        Assert.Equal(catalogBefore, await SqliteSnapshot.TakeAsync(Path.Combine(data, "catalog.db")));
    }

    /// <summary>
    /// Concrete paths for a route, with the input type to corrupt: an existing record for <c>{id}</c>
    /// (so that an accepted body would really write), the demo tenant, and every module with settings.
    /// </summary>
    private async Task<IEnumerable<(string Path, Type InputType)>> TargetsAsync(RouteInfo route)
    {
        var parameters = route.Parameters.ToList();
        if (route.Pattern.RawText == "/api/messages/{**name}")
        {
            // One target per custom message, corrupting its own request type (found by its qualified name).
            return _platform.Services.GetRequiredService<PipelineRegistry>().Messages.Values
                .Select(m => ("/api/messages/" + m.QualifiedName, m.RequestType));
        }
        if (parameters.Contains("moduleId"))
        {
            return _platform.Catalog.Modules
                .Select(m => (Module: m, Settings: _platform.Catalog.RegistrationsOf(m).Settings))
                .Where(m => m.Settings is not null)
                .Select(m => (route.Path(n => n == "tenantId" ? "demo" : m.Module.Id), m.Settings!.SettingsType));
        }
        var id = "";
        if (parameters.Contains("id"))
        {
            var prefix = route.Pattern.RawText![..route.Pattern.RawText!.IndexOf('{', StringComparison.Ordinal)].TrimEnd('/');
            var page = await _platform.Client.GetFromJsonAsync<JsonElement>(prefix);
            id = page.GetProperty("items")[0].GetProperty("id").GetString()!;
        }
        return [(route.Path(n => n == "tenantId" ? "demo" : id), route.BodyType!)];
    }
}
