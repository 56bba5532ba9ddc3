using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Security;

/// <summary>
/// Response headers (nosniff everywhere, no-store where a secret or personal data is answered, no Server
/// header) and the embedded default's files: databases and key files readable by the host's user only.
/// </summary>
public sealed class HeadersAndFilesTests : IAsyncLifetime
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private TestPlatform _platform = null!;

    public async Task InitializeAsync() => _platform = await TestPlatform.StartAsync(moduleRoot: RepoPaths.ModuleRoot);

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    private static UnixFileMode ModeOf(string path) => OperatingSystem.IsWindows() ? default : File.GetUnixFileMode(path);

    private static bool NoStore(HttpResponseMessage response) => response.Headers.CacheControl?.NoStore == true;

    [Fact]
    public async Task Every_response_says_nosniff_successes_errors_and_anonymous_ones()
    {
        var responses = new[]
        {
            await _platform.AnonymousClient().GetAsync("/health"),
            await _platform.AnonymousClient().GetAsync("/api/modules"),
            await _platform.Client.GetAsync("/api/core/products"),
            await _platform.Client.GetAsync($"/api/core/products/{Guid.NewGuid()}"),
            await _platform.Client.PostAsync("/api/core/products", new StringContent("{", System.Text.Encoding.UTF8, "application/json")),
        };

        Assert.All(responses, r => Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single()));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Unauthorized, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.BadRequest], responses.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Responses_showing_a_new_keys_secret_are_no_store()
    {
        var key = await _platform.Client.PostAsJsonAsync("/api/tenants/demo/keys", new { name = "ci", role = "tenant-user" });
        var tenant = await _platform.PlatformAdminClient.PostAsJsonAsync("/api/tenants", new { id = "nostore", name = "No store" });
        var list = await _platform.Client.GetAsync("/api/tenants/demo/keys");

        Assert.Equal(HttpStatusCode.Created, key.StatusCode);
        Assert.True(NoStore(key));
        Assert.Equal(HttpStatusCode.Created, tenant.StatusCode);
        Assert.True(NoStore(tenant));
        Assert.False(NoStore(list));
    }

    [Fact]
    public async Task Responses_of_entities_with_personal_fields_are_no_store_others_are_not()
    {
        var created = await _platform.Client.PostAsJsonAsync("/api/core/customers", new
        {
            code = "C-NS", name = "明远贸易", industry = "Retail", size = "Medium", customerType = "KeyAccount", phone = "+86 21 5555 0101",
        });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.True(NoStore(created));
        Assert.True(NoStore(await _platform.Client.GetAsync($"/api/core/customers/{id}")));
        Assert.True(NoStore(await _platform.Client.GetAsync("/api/core/customers")));
        Assert.True(NoStore(await _platform.Client.GetAsync("/api/core/reps")));
        Assert.True(NoStore(await _platform.Client.GetAsync("/api/core/partners")));
        Assert.False(NoStore(await _platform.Client.GetAsync("/api/core/products")));
    }

    [Fact]
    public void Kestrel_sends_no_server_header()
    {
        Assert.False(_platform.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    [Fact]
    public async Task Databases_and_key_files_are_readable_by_the_hosts_user_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only
        }
        var created = await _platform.PlatformAdminClient.PostAsJsonAsync("/api/tenants", new { id = "modes", name = "Modes" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var data = Path.Combine(_platform.Folder, "data");

        var databases = Directory.GetFiles(data, "*.db");
        var keys = Directory.GetFiles(Path.Combine(data, "keys"), "*.key");

        Assert.Contains(Path.Combine(data, "catalog.db"), databases);
        Assert.Contains(Path.Combine(data, "tenant-demo.db"), databases);
        Assert.Contains(Path.Combine(data, "tenant-modes.db"), databases);
        Assert.All(databases.Concat(Directory.GetFiles(data, "*.db-wal")), f => Assert.Equal(OwnerReadWrite, ModeOf(f)));
        Assert.NotEmpty(keys);
        Assert.All(keys, f => Assert.Equal(OwnerReadWrite, ModeOf(f)));
        Assert.Equal(OwnerReadWrite | UnixFileMode.UserExecute, ModeOf(Path.Combine(data, "keys")));
    }
}
