using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Host.Catalog;
using Platform.Host.Data;
using Platform.Host.Pipeline;
using Platform.Host.Tenants;

namespace Platform.Host.Modules;

/// <summary>
/// Before the server accepts requests: migrates the catalog, records installed module versions,
/// bootstraps the platform key and the demo tenant, upgrades each tenant's schemas to the installed
/// module versions, starts modules in dependency order and seeds demo data once. A tenant whose
/// upgrade fails keeps its old schema and sees the module as failed; other tenants carry on.
/// </summary>
internal sealed class PlatformStartup(
    ModuleCatalog modules, CatalogDatabase catalog, IServiceScopeFactory scopes, PlatformBootstrap bootstrap, ModuleEnablement enablement,
    TenantPlatformDatabase platformSchema, TimeProvider time, IOptions<PlatformOptions> options, PlatformStartupState state, ILogger<PlatformStartup> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await catalog.MigrateAsync(cancellationToken);
        var catalogReady = clock.ElapsedMilliseconds;
        await RecordInstalledAsync(cancellationToken);
        await bootstrap.EnsurePlatformAdminKeyAsync(cancellationToken);
        await bootstrap.EnsureDemoTenantAsync(cancellationToken);
        var bootstrapped = clock.ElapsedMilliseconds;
        await MigratePlatformSchemasAsync(cancellationToken);
        logger.LogInformation("Catalog ready in {Catalog} ms, keys and demo tenant in {Bootstrap} ms, tenants' platform schemas in {Platform} ms",
            catalogReady, bootstrapped - catalogReady, clock.ElapsedMilliseconds - bootstrapped);
        var installations = await LoadInstallationsAsync(cancellationToken);
        foreach (var module in modules.Modules.Where(m => m.IsRunning))
        {
            modules.CascadeFaults();
            if (!module.IsRunning)
            {
                continue;
            }
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            foreach (var row in installations.Where(r => r.ModuleId == module.Id && r.Status != TenantModuleStatus.Disabled))
            {
                await UpgradeAsync(module, row, cancellationToken);
            }
            var migrated = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            await StartModuleAsync(module, cancellationToken);
            logger.LogInformation("Module {Module}: schemas ready in {Migrate} ms, started in {Start} ms", module.Id,
                (int)migrated.TotalMilliseconds, (int)(System.Diagnostics.Stopwatch.GetElapsedTime(started) - migrated).TotalMilliseconds);
        }
        modules.CascadeFaults();
        if (options.Value.DemoTenant.Seed)
        {
            await bootstrap.SeedDemoTenantAsync(cancellationToken);
        }
        state.Complete();
    }

    private async Task RecordInstalledAsync(CancellationToken cancellationToken)
    {
        await using var db = catalog.Open();
        var installed = await db.InstalledModules.ToDictionaryAsync(m => m.ModuleId, cancellationToken);
        foreach (var module in modules.Modules.Where(m => m.IsRunning))
        {
            if (!installed.TryGetValue(module.Id, out var row))
            {
                db.InstalledModules.Add(new InstalledModuleRow { ModuleId = module.Id, Version = module.Manifest.Version, InstalledAt = time.GetUtcNow() });
            }
            else if (row.Version != module.Manifest.Version)
            {
                logger.LogInformation("Module {Module} changed from {Old} to {New}; tenants where it is enabled are migrated now", module.Id, row.Version, module.Manifest.Version);
                row.Version = module.Manifest.Version;
                row.InstalledAt = time.GetUtcNow();
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Brings the platform's own tables (system jobs) in every tenant database up to this host's version.</summary>
    private async Task MigratePlatformSchemasAsync(CancellationToken cancellationToken)
    {
        List<string> tenantIds;
        await using (var db = catalog.Open())
        {
            tenantIds = await db.Tenants.AsNoTracking().Select(t => t.Id).ToListAsync(cancellationToken);
        }
        foreach (var tenantId in tenantIds)
        {
            await platformSchema.MigrateAsync(tenantId, cancellationToken);
        }
    }

    private async Task<List<TenantModuleRow>> LoadInstallationsAsync(CancellationToken cancellationToken)
    {
        await using var db = catalog.Open();
        return await db.TenantModules.AsNoTracking().ToListAsync(cancellationToken);
    }

    /// <summary>Brings one tenant's schema of the module to the installed version, or records why it could not.</summary>
    private async Task UpgradeAsync(ModuleDescriptor module, TenantModuleRow row, CancellationToken cancellationToken)
    {
        try
        {
            await enablement.MigrateAndRecordAsync(module, row.TenantId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var error = $"Migrating schema '{module.Manifest.Schema}' from {row.SchemaVersion} to {module.Manifest.Version} failed; the tenant stays on {row.SchemaVersion}: {e.Message}";
            logger.LogError(e, "Module {Module}, tenant {Tenant}: {Error}", module.Id, row.TenantId, error);
            await enablement.RecordAsync(row.TenantId, module.Id, TenantModuleStatus.Failed, row.SchemaVersion, error, cancellationToken);
        }
    }

    private async Task StartModuleAsync(ModuleDescriptor module, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            CallingModule.Enter(module);
            await module.Instance!.StartAsync(scope.ServiceProvider, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Module {Module} threw while starting", module.Id);
            module.Fault($"Module {module.Id} threw while starting: {e.GetType().Name}: {e.Message}");
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
