using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Platform.Host;

namespace Platform.Benchmarks.Orders;

/// <summary>
/// The real platform for figure 3, hosted in the benchmark process exactly as Program.cs does
/// (<c>AddPlatform()</c> + <c>UsePlatform()</c>) on Kestrel, loading every module from the module root,
/// on a copy of a seeded data folder. In the same process as the baseline server, so both share the
/// runtime, GC mode, Kestrel and client.
/// </summary>
public sealed class PlatformOrderServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PlatformOrderServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public const string Route = "/api/core/orders";

    public static async Task<PlatformOrderServer> StartAsync(string dataFolder, string moduleRoot, int port)
    {
        var baseUrl = $"http://127.0.0.1:{port}";
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = dataFolder });
        builder.WebHost.UseUrls(baseUrl);
        OrderServers.ConfigureLogging(builder.Logging);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Platform:ModuleRoot"] = moduleRoot,
            ["Platform:DataFolder"] = dataFolder,
        });
        builder.AddPlatform();
        var app = builder.Build();
        app.UsePlatform();
        await app.StartAsync();
        return new PlatformOrderServer(app, baseUrl);
    }

    /// <summary>The platform's services (for the in-process breakdown).</summary>
    public IServiceProvider Services => _app.Services;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
