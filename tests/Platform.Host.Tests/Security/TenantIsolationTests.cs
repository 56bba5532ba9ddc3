using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Host.Tests.Loader;
using Platform.Host.Tests.Support;
using Platform.Host.Tests.Tenants;
using Xunit;
using Xunit.Abstractions;

namespace Platform.Host.Tests.Security;

/// <summary>
/// Enumerates every route of every module and of the platform and sends it with tenant A's
/// administrator key, aimed at tenant B's data (B's tenant id, B's record ids and key ids, B's records
/// as bodies). A must get 403 or 404 for everything aimed at B, never B's data in any answer, and B's
/// database must be byte-for-byte unchanged.
/// </summary>
public sealed class TenantIsolationTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Victim = "demo";
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
    public async Task A_key_of_tenant_A_never_reads_or_changes_data_of_tenant_B_on_any_route()
    {
        var victim = _platform.Client;
        Assert.Equal(HttpStatusCode.Created, (await victim.PostAsJsonAsync("/api/ledger/entries", new { code = "B-SECRET", amount = 7m })).StatusCode);
        var attacker = await _platform.CreateTenantAsync("acme", "platform.core", "platform.pricing", "fixtures.ledger");
        var routes = RouteCatalog.Of(_platform).Where(r => r.Pattern.RawText != "/health").ToList();
        var victimIds = await CollectIdsAsync(victim, routes);
        var victimDatabase = Path.Combine(_platform.Folder, "data", $"tenant-{Victim}.db");
        var before = await SqliteSnapshot.TakeAsync(victimDatabase);
        var catalogBefore = await VictimCatalogViewAsync();
        Assert.True(victimIds.Count > 100, $"The victim has only {victimIds.Count} ids; the demo data did not seed.");

        var aimedAtVictim = 0;
        foreach (var route in routes)
        {
            var (path, targetsVictim) = await BuildPathAsync(route, victim);
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), path + "?confirm=true&withDependencies=true");
            var body = route.Method is "POST" or "PUT" or "PATCH" ? await BodyAsync(victim, path, route.BodyType) : "";
            if (body.Length > 0)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }
            var response = await attacker.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            output.WriteLine($"{route} -> {path}: {(int)response.StatusCode}");

            Assert.True((int)response.StatusCode < 500, $"{route}: {(int)response.StatusCode} {text}");
            // An id the request itself named may be echoed ("customer … does not exist"); any other of B's ids is a leak.
            var leaked = victimIds.FirstOrDefault(id => text.Contains(id, StringComparison.OrdinalIgnoreCase)
                && !path.Contains(id, StringComparison.OrdinalIgnoreCase) && !body.Contains(id, StringComparison.OrdinalIgnoreCase));
            Assert.True(leaked is null, $"{route} answered tenant B's id {leaked}: {text}");
            if (targetsVictim)
            {
                aimedAtVictim++;
                Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{route} aimed at tenant B answered {(int)response.StatusCode}: {text}");
            }
        }

        aimedAtVictim += await SendMessagesAimedAtVictimAsync(attacker, victim, victimIds);

        Assert.True(routes.Count >= 40, $"Only {routes.Count} routes were found.");
        Assert.True(aimedAtVictim >= 30, $"Only {aimedAtVictim} requests were aimed at tenant B.");
        Assert.Equal(before, await SqliteSnapshot.TakeAsync(victimDatabase));
        Assert.Equal(catalogBefore, await VictimCatalogViewAsync());
    }

    /// <summary>
    /// <c>POST /api/messages/{name}</c> with every custom message that takes a record id, aimed at B's records: each
    /// must be refused (4xx) without B's data, by its existing and its qualified name.
    /// </summary>
    private async Task<int> SendMessagesAimedAtVictimAsync(HttpClient attacker, HttpClient victim, HashSet<string> victimIds)
    {
        var order = await FirstIdAsync(victim, "/api/core/orders");
        var product = await FirstIdAsync(victim, "/api/core/products");
        var customer = await FirstIdAsync(victim, "/api/core/customers");
        var cases = new (string Name, object Body)[]
        {
            ("pricing.set-order-options", new { orderId = order, options = new { couponCodes = new[] { "X" } } }),
            ("platform.pricing/pricing.set-order-options", new { orderId = order, options = new { memberTier = "Gold" } }),
            ("pricing.decide-discount", new { orderId = order, decision = "Approved", reason = "isolation" }),
            ("platform.pricing/pricing.quote", new { channel = "Online", customerId = customer, lines = new[] { new { productId = product, quantity = 1 } } }),
        };
        foreach (var (name, body) in cases)
        {
            var json = JsonSerializer.Serialize(body, JsonSerializerOptions.Web);
            var response = await attacker.PostAsync(new Uri($"/api/messages/{name}", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
            var text = await response.Content.ReadAsStringAsync();
            output.WriteLine($"POST /api/messages/{name}: {(int)response.StatusCode} {text}");
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"message {name} aimed at tenant B answered {(int)response.StatusCode}: {text}");
            var leaked = victimIds.FirstOrDefault(id => text.Contains(id, StringComparison.OrdinalIgnoreCase) && !json.Contains(id, StringComparison.OrdinalIgnoreCase));
            Assert.True(leaked is null, $"message {name} answered tenant B's id {leaked}: {text}");
        }
        return cases.Length;
    }

    /// <summary>Ids of the victim's records (first page of every list route) and of its keys.</summary>
    private static async Task<HashSet<string>> CollectIdsAsync(HttpClient victim, IEnumerable<RouteInfo> routes)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var route in routes.Where(r => r.Method == "GET" && !r.Parameters.Any() && r.Pattern.RawText!.StartsWith("/api/", StringComparison.Ordinal)))
        {
            var response = await victim.GetAsync(route.Path(_ => "") + "?pageSize=200");
            if (response.IsSuccessStatusCode && JsonNode.Parse(await response.Content.ReadAsStringAsync()) is JsonObject { } page && page["items"] is JsonArray items)
            {
                foreach (var item in items)
                {
                    if (item?["id"]?.GetValue<string>() is { } id)
                    {
                        ids.Add(id);
                    }
                }
            }
        }
        foreach (var key in (await victim.GetFromJsonAsync<JsonElement[]>($"/api/tenants/{Victim}/keys"))!)
        {
            ids.Add(key.GetProperty("id").GetString()!);
        }
        return ids;
    }

    /// <summary>The path with B's values: its tenant id, the id of B's first record under the same prefix, B's key id.</summary>
    private static async Task<(string Path, bool TargetsVictim)> BuildPathAsync(RouteInfo route, HttpClient victim)
    {
        var targets = false;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in route.Parameters)
        {
            switch (name)
            {
                case "tenantId":
                    values[name] = Victim;
                    targets = true;
                    break;
                case "moduleId":
                    values[name] = "platform.core";
                    break;
                case "keyId":
                    values[name] = (await victim.GetFromJsonAsync<JsonElement[]>($"/api/tenants/{Victim}/keys"))![0].GetProperty("id").GetString()!;
                    targets = true;
                    break;
                case "orderId":
                    values[name] = await FirstIdAsync(victim, "/api/core/orders") ?? Guid.NewGuid().ToString();
                    targets = true;
                    break;
                default:
                    var prefix = route.Pattern.RawText![..route.Pattern.RawText!.IndexOf('{', StringComparison.Ordinal)].TrimEnd('/');
                    var first = await FirstIdAsync(victim, prefix);
                    values[name] = first ?? Guid.NewGuid().ToString();
                    targets |= first is not null;
                    break;
            }
        }
        return (route.Path(n => values[n]), targets);
    }

    /// <summary>The id of the victim's first record listed at <paramref name="listPath"/>, if it lists any.</summary>
    private static async Task<string?> FirstIdAsync(HttpClient victim, string listPath)
    {
        var page = await victim.GetAsync(listPath);
        return page.IsSuccessStatusCode && JsonNode.Parse(await page.Content.ReadAsStringAsync()) is JsonObject list
            ? list["items"]?.AsArray().FirstOrDefault()?["id"]?.GetValue<string>()
            : null;
    }

    /// <summary>
    /// A valid body built from the victim's own record at the path (its fields the input type accepts), so
    /// that a broken isolation would really write; an empty object when there is no such record.
    /// </summary>
    private static async Task<string> BodyAsync(HttpClient victim, string path, Type? bodyType)
    {
        var response = await victim.GetAsync(path);
        if (response.IsSuccessStatusCode && JsonNode.Parse(await response.Content.ReadAsStringAsync()) is JsonObject record && bodyType is not null)
        {
            KeepAccepted(record, bodyType);
            return record.ToJsonString();
        }
        return "{}";
    }

    /// <summary>Removes the fields the input type does not accept (read-only ones such as ids and totals), in child lists too.</summary>
    private static void KeepAccepted(JsonObject record, Type inputType)
    {
        var properties = inputType.GetProperties().ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), StringComparer.Ordinal);
        foreach (var (name, value) in record.ToList())
        {
            if (!properties.TryGetValue(name, out var property))
            {
                record.Remove(name);
            }
            else if (value is JsonArray items && property.PropertyType.IsGenericType && property.PropertyType.GetGenericArguments()[0] is { IsClass: true } itemType && itemType != typeof(string))
            {
                foreach (var item in items.OfType<JsonObject>())
                {
                    KeepAccepted(item, itemType);
                }
            }
        }
    }

    private async Task<string> VictimCatalogViewAsync()
    {
        var tenant = await _platform.PlatformAdminClient.GetStringAsync($"/api/tenants/{Victim}");
        var keys = await _platform.Client.GetStringAsync($"/api/tenants/{Victim}/keys");
        var settings = await _platform.Client.GetStringAsync($"/api/tenants/{Victim}/modules/fixtures.ledger/settings");
        return tenant + keys + settings;
    }
}
