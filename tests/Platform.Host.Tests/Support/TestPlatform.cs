using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Host;
using Platform.Host.Modules;
using Platform.Host.Tenants;

namespace Platform.Host.Tests.Support;

/// <summary>
/// A real host (in-memory server; SQLite files in a temporary folder, or databases on the test's PostgreSQL
/// or SQL Server named with a prefix of their own) with the given module root, in-process modules and
/// settings (a test may replace a platform service through the services callback). Dispose deletes the folder and drops the databases.
/// </summary>
public sealed class TestPlatform : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestPlatform(WebApplication app, string folder, TestProvider provider, string databasePrefix)
    {
        _app = app;
        Folder = folder;
        Provider = provider;
        DatabasePrefix = databasePrefix;
        Client = ClientWithKey(ReadKey(PlatformBootstrap.DemoKeyFile));
        PlatformAdminClient = ClientWithKey(ReadKey(PlatformBootstrap.PlatformKeyFile));
    }

    /// <summary>A client without a key.</summary>
    public HttpClient AnonymousClient() => _app.GetTestClient();

    /// <summary>A client that sends the API key.</summary>
    public HttpClient ClientWithKey(string? key)
    {
        var client = _app.GetTestClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }
        return client;
    }

    /// <summary>A bootstrap key the host wrote on first run, or null when it wrote none.</summary>
    public string? ReadKey(string fileName)
    {
        var path = Path.Combine(Services.GetRequiredService<PlatformBootstrap>().KeyFolder, fileName);
        return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
    }

    /// <summary>The temporary folder holding the data (SQLite) or nothing (server providers).</summary>
    public string Folder { get; }

    /// <summary>The database provider the host runs on.</summary>
    public TestProvider Provider { get; }

    /// <summary>Server providers: the prefix of every database this platform created.</summary>
    public string DatabasePrefix { get; }

    /// <summary>A client for the in-memory server, with the demo tenant administrator's key.</summary>
    public HttpClient Client { get; }

    /// <summary>A client with the platform administrator's key.</summary>
    public HttpClient PlatformAdminClient { get; }

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>The module catalog.</summary>
    public ModuleCatalog Catalog => Services.GetRequiredService<ModuleCatalog>();

    /// <summary>
    /// Starts a host. <paramref name="provider"/> defaults to SQLite; a server provider gets databases named
    /// with <paramref name="databasePrefix"/> (new for every platform unless given: pass the same folder and
    /// prefix to start a second host on the same data).
    /// </summary>
    public static async Task<TestPlatform> StartAsync(
        string? moduleRoot = null, IReadOnlyList<InProcessModule>? modules = null, IDictionary<string, string?>? settings = null,
        ILoggerProvider? loggerProvider = null, string? folder = null, TestProvider? provider = null, string? databasePrefix = null,
        Action<IServiceCollection>? services = null)
    {
        provider ??= TestProvider.Sqlite;
        databasePrefix ??= TestProvider.NewDatabasePrefix();
        folder ??= Directory.CreateTempSubdirectory("platform-test-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        if (loggerProvider is not null)
        {
            builder.Logging.AddProvider(loggerProvider);
        }
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Platform:ModuleRoot"] = moduleRoot ?? Path.Combine(folder, "no-modules"),
            ["Platform:DataFolder"] = Path.Combine(folder, "data"),
            ["Platform:DemoTenant:Seed"] = "false",
            // Tests send thousands of requests with one key; the rate-limit tests switch the limits on.
            ["Platform:RateLimits:Enabled"] = "false",
        });
        builder.Configuration.AddInMemoryCollection(provider.Settings(databasePrefix));
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.AddPlatform(modules ?? []);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.UsePlatform();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            await DropQuietlyAsync(provider, databasePrefix);
            throw;
        }
        return new TestPlatform(app, folder, provider, databasePrefix);
    }

    private static async Task DropQuietlyAsync(TestProvider provider, string databasePrefix)
    {
        try
        {
            await provider.DropDatabasesAsync(databasePrefix);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            // the start failure says more than a cleanup failure would
        }
    }

    /// <summary>Reads <c>/api/modules</c>.</summary>
    public async Task<JsonElement[]> GetModulesAsync() =>
        await Client.GetFromJsonAsync<JsonElement[]>("/api/modules") ?? [];

    /// <summary>One module's entry in <c>/api/modules</c>.</summary>
    public async Task<JsonElement> GetModuleAsync(string id) =>
        (await GetModulesAsync()).Single(m => m.GetProperty("id").GetString() == id);

    /// <summary>Stops the host but keeps its folder, so a second host can start on the same data.</summary>
    public async Task StopAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await Provider.DropDatabasesAsync(DatabasePrefix);
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open on this platform; the OS temp cleaner takes it
        }
    }
}
