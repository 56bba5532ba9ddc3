using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Benchmarks.Support;
using Platform.Host;
using Platform.Host.Tenants;

namespace Platform.Benchmarks.Pipeline;

/// <summary>
/// The platform hosted in this process on an in-memory TestServer (as tests/Platform.Host.Tests' TestPlatform
/// does) with the in-process benchmark module and no module folder; the database is a SQLite file in a new folder.
/// </summary>
public sealed class InProcessPlatform : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessPlatform(WebApplication app, string folder, TenantState tenant)
    {
        _app = app;
        Folder = folder;
        TenantState = tenant;
    }

    /// <summary>The demo tenant's state (enabled modules, settings), as a request on its key would carry it.</summary>
    public TenantState TenantState { get; }

    /// <summary>
    /// A scope working on the demo tenant as a request does: <see cref="Platform.Host.Pipeline.RequestContext"/> with the
    /// tenant id and its state (without the state, every module would count as enabled and no tenant settings apply).
    /// </summary>
    public AsyncServiceScope CreateScope() => _app.Services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope(Tenant, TenantState, "bench");

    /// <summary>The folder holding the tenant database.</summary>
    public string Folder { get; }

    /// <summary>The platform's root services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>The tenant every operation works on (the demo tenant, whose database the host creates at start).</summary>
    public const string Tenant = "demo";

    public static async Task<InProcessPlatform> StartAsync()
    {
        var folder = BenchFolders.NewFolder("platform-bench-pipeline");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = folder });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Platform:ModuleRoot"] = Path.Combine(folder, "no-modules"),
            ["Platform:DataFolder"] = Path.Combine(folder, "data"),
            ["Platform:DemoTenant:Id"] = Tenant,
            ["Platform:DemoTenant:Seed"] = "false",
            ["Platform:RateLimits:Enabled"] = "false",
        });
        builder.AddPlatform(BenchModule.Create());
        var app = builder.Build();
        app.UsePlatform();
        await app.StartAsync();
        var tenant = await app.Services.GetRequiredService<TenantDirectory>().GetAsync(Tenant, CancellationToken.None)
            ?? throw new InvalidOperationException($"The platform did not create the tenant '{Tenant}'.");
        if (!tenant.IsEnabled("bench.notes"))
        {
            throw new InvalidOperationException($"The benchmark module is not enabled for tenant '{Tenant}'.");
        }
        var platform = new InProcessPlatform(app, folder, tenant);
        await using (var scope = platform.CreateScope())
        {
            await BenchModule.CreateTablesAsync(scope.ServiceProvider, CancellationToken.None);
        }
        return platform;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        BenchFolders.TryDelete(Folder);
    }
}
