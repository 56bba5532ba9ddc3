using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Platform.Host;

namespace Platform.Benchmarks.Orders;

/// <summary>
/// The real platform for figure 3, hosted in the benchmark process exactly as Program.cs does
/// (<c>AddPlatform()</c> + <c>UsePlatform()</c>) on Kestrel, loading every module from the module root,
/// on a copy of a seeded data folder (SQLite) or on a server database (extra settings). In the same process
/// as the baseline server, so both share the runtime, GC mode, Kestrel and client. Requests authenticate with
/// the demo tenant administrator's key, which the host wrote into the data folder on its first run.
/// </summary>
public sealed class PlatformOrderServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PlatformOrderServer(WebApplication app, string baseUrl, string apiKey)
    {
        _app = app;
        BaseUrl = baseUrl;
        ApiKey = apiKey;
    }

    /// <summary>Where Kestrel listens.</summary>
    public string BaseUrl { get; }

    /// <summary>The demo tenant administrator's API key (<c>&lt;DataFolder&gt;/keys/demo-tenant-admin.key</c>).</summary>
    public string ApiKey { get; }

    public const string Route = "/api/core/orders";

    /// <summary>Starts the platform; <paramref name="settings"/> adds configuration (provider, connection string, prefix).</summary>
    public static async Task<PlatformOrderServer> StartAsync(string dataFolder, string moduleRoot, int port, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var baseUrl = $"http://127.0.0.1:{port}";
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = dataFolder });
        builder.WebHost.UseUrls(baseUrl);
        OrderServers.ConfigureLogging(builder.Logging);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Platform:ModuleRoot"] = moduleRoot,
            ["Platform:DataFolder"] = dataFolder,
            // The benchmarks measure the pipeline at full load, not the limiter.
            ["Platform:RateLimits:Enabled"] = "false",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.AddPlatform();
        var app = builder.Build();
        app.UsePlatform();
        await app.StartAsync();
        return new PlatformOrderServer(app, baseUrl, Support.ApiKeys.ReadDemoKey(dataFolder));
    }

    /// <summary>The platform's services (for the in-process breakdown).</summary>
    public IServiceProvider Services => _app.Services;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
