using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Host.Data;
using Platform.Host.Pipeline;
using Platform.Sdk.Modules;

namespace Platform.Host.Modules;

/// <summary>
/// Before the server accepts requests: creates the demo tenant's database, migrates each module's
/// schema, starts modules in dependency order and seeds demo data once. A module that fails any of
/// these is faulted; the others carry on.
/// </summary>
internal sealed class PlatformStartup(
    ModuleCatalog catalog, IDatabaseProvider database, IServiceScopeFactory scopes, IOptions<PlatformOptions> options, ILogger<PlatformStartup> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var tenant = options.Value.DemoTenant.Id;
        await database.EnsureDatabaseAsync(DatabaseNames.Tenant(tenant), cancellationToken);
        foreach (var module in catalog.Modules.Where(m => m.IsRunning))
        {
            catalog.CascadeFaults();
            if (!module.IsRunning)
            {
                continue;
            }
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await MigrateAsync(module, tenant, cancellationToken);
            var migrated = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            await StartAsync(module, cancellationToken);
            logger.LogInformation("Module {Module}: schema ready in {Migrate} ms, started in {Start} ms", module.Id,
                (int)migrated.TotalMilliseconds, (int)(System.Diagnostics.Stopwatch.GetElapsedTime(started) - migrated).TotalMilliseconds);
        }
        catalog.CascadeFaults();
        if (options.Value.DemoTenant.Seed)
        {
            await SeedAsync(tenant, cancellationToken);
        }
    }

    private async Task MigrateAsync(ModuleDescriptor module, string tenant, CancellationToken cancellationToken)
    {
        foreach (var contextType in catalog.RegistrationsOf(module).DbContexts)
        {
            try
            {
                var declared = MigrationLedger.Declared(contextType, database.Name);
                if (declared.Count == 0)
                {
                    logger.LogWarning("Module {Module} ships no migrations for {Context}; its schema is left to the module", module.Id, contextType.Name);
                    continue;
                }
                await using var scope = OpenTenantScope(tenant);
                var connection = scope.ServiceProvider.GetRequiredService<OperationDatabase>().Connection;
                if (!await MigrationLedger.IsUpToDateAsync(connection, database, module.Manifest.Schema!, declared, cancellationToken))
                {
                    var context = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
                    await context.Database.MigrateAsync(cancellationToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Migrating {Module} for tenant {Tenant} failed", module.Id, tenant);
                module.Fault($"Module {module.Id}: migrating schema '{module.Manifest.Schema}' for tenant {tenant} failed: {e.Message}");
                return;
            }
        }
    }

    private async Task StartAsync(ModuleDescriptor module, CancellationToken cancellationToken)
    {
        if (!module.IsRunning)
        {
            return;
        }
        try
        {
            await using var scope = OpenTenantScope(options.Value.DemoTenant.Id);
            await module.Instance!.StartAsync(scope.ServiceProvider, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Module {Module} threw while starting", module.Id);
            module.Fault($"Module {module.Id} threw while starting: {e.GetType().Name}: {e.Message}");
        }
    }

    private async Task SeedAsync(string tenant, CancellationToken cancellationToken)
    {
        foreach (var module in catalog.Modules.Where(m => m.IsRunning))
        {
            foreach (var seederType in catalog.RegistrationsOf(module).Seeders)
            {
                await using var scope = OpenTenantScope(tenant);
                var db = scope.ServiceProvider.GetRequiredService<OperationDatabase>();
                var key = $"{module.Id}/{seederType.Name}";
                if (await DemoSeedLedger.HasAsync(db, database, key, cancellationToken))
                {
                    continue;
                }
                await db.BeginAsync(cancellationToken);
                try
                {
                    var seeder = (IDemoDataSeeder)scope.ServiceProvider.GetRequiredService(seederType);
                    await seeder.SeedAsync(scope.ServiceProvider, cancellationToken);
                    await DemoSeedLedger.RecordAsync(db, key, cancellationToken);
                    await db.CommitAsync(cancellationToken);
                    logger.LogInformation("Seeded demo data of {Module} into tenant {Tenant}", module.Id, tenant);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    await db.RollbackAsync();
                    logger.LogError(e, "Seeding {Module} failed; the tenant keeps no part of it", module.Id);
                }
            }
        }
    }

    private AsyncServiceScope OpenTenantScope(string tenant)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().TenantId = tenant;
        scope.ServiceProvider.GetRequiredService<RequestContext>().UserId = "system";
        return scope;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
