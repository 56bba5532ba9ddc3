using Microsoft.Extensions.Options;
using Platform.Host.Auth;
using Platform.Host.Catalog;
using Platform.Host.Data;
using Platform.Host.Modules;
using Platform.Sdk.Modules;

namespace Platform.Host.Tenants;

/// <summary>
/// First-run set-up: the platform administrator's key and the demo tenant (with every running module
/// enabled, its administrator's key and its demo data). Keys are written once, to files under
/// <c>&lt;DataFolder&gt;/keys/</c>, readable only by the host's user.
/// </summary>
public sealed class PlatformBootstrap(
    ModuleCatalog modules, ApiKeyStore keys, TenantDirectory tenants, TenantAdministration administration, ModuleEnablement enablement,
    IDatabaseProvider database, IServiceScopeFactory scopes, IOptions<PlatformOptions> options, IHostEnvironment environment, ILogger<PlatformBootstrap> logger)
{
    /// <summary>File holding the platform administrator's key.</summary>
    public const string PlatformKeyFile = "platform-admin.key";

    /// <summary>File holding the demo tenant administrator's key.</summary>
    public const string DemoKeyFile = "demo-tenant-admin.key";

    /// <summary>The folder the key files are written to.</summary>
    public string KeyFolder => Path.Combine(Path.GetFullPath(options.Value.DataFolder, environment.ContentRootPath), "keys");

    /// <summary>Issues the platform administrator's key when there is none.</summary>
    public async Task EnsurePlatformAdminKeyAsync(CancellationToken cancellationToken)
    {
        if (!await keys.HasPlatformAdminAsync(cancellationToken))
        {
            var key = await keys.IssueAsync(null, Roles.PlatformAdmin, "bootstrap platform administrator", cancellationToken);
            WriteKey(PlatformKeyFile, key.Key);
        }
    }

    /// <summary>Creates the demo tenant on first run and enables every running module for it; true when it was created now.</summary>
    public async Task<bool> EnsureDemoTenantAsync(CancellationToken cancellationToken)
    {
        var demo = options.Value.DemoTenant;
        if (!demo.Enabled)
        {
            return false;
        }
        var created = false;
        if (await tenants.GetFreshAsync(demo.Id, cancellationToken) is null)
        {
            var (_, key) = await administration.CreateAsync(demo.Id, "Demo company", [], withDependencies: false, cancellationToken);
            WriteKey(DemoKeyFile, key.Key);
            created = true;
        }
        var tenant = await tenants.GetFreshAsync(demo.Id, cancellationToken);
        foreach (var module in modules.Modules.Where(m => m.IsRunning && !tenant!.Modules.ContainsKey(m.Id)))
        {
            try
            {
                await enablement.MigrateAndRecordAsync(module, demo.Id, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Enabling {Module} for the demo tenant failed", module.Id);
                module.Fault($"Module {module.Id}: migrating schema '{module.Manifest.Schema}' for tenant {demo.Id} failed: {e.Message}");
            }
        }
        return created;
    }

    /// <summary>Writes each enabled module's demo data into the demo tenant, once per module (a ledger in the tenant's database remembers).</summary>
    public async Task SeedDemoTenantAsync(CancellationToken cancellationToken)
    {
        var tenantId = options.Value.DemoTenant.Id;
        var tenant = await tenants.GetFreshAsync(tenantId, cancellationToken);
        if (tenant is null)
        {
            return;
        }
        foreach (var module in modules.Modules.Where(m => m.IsRunning && tenant.IsEnabled(m.Id)))
        {
            foreach (var seederType in modules.RegistrationsOf(module).Seeders)
            {
                await SeedAsync(module, seederType, tenant, cancellationToken);
            }
        }
    }

    private async Task SeedAsync(ModuleDescriptor module, Type seederType, TenantState tenant, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateTenantScope(tenant.Id, tenant);
        var db = scope.ServiceProvider.GetRequiredService<OperationDatabase>();
        var key = $"{module.Id}/{seederType.Name}";
        if (await DemoSeedLedger.HasAsync(db, database, key, cancellationToken))
        {
            return;
        }
        await db.BeginAsync(cancellationToken);
        try
        {
            var seeder = (IDemoDataSeeder)scope.ServiceProvider.GetRequiredService(seederType);
            Pipeline.CallingModule.Enter(module);
            await seeder.SeedAsync(scope.ServiceProvider, cancellationToken);
            await DemoSeedLedger.RecordAsync(db, key, cancellationToken);
            await db.CommitAsync(cancellationToken);
            logger.LogInformation("Seeded demo data of {Module} into tenant {Tenant}", module.Id, tenant.Id);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await db.RollbackAsync();
            logger.LogError(e, "Seeding {Module} failed; the tenant keeps no part of it", module.Id);
        }
    }

    private void WriteKey(string fileName, string key)
    {
        Directory.CreateDirectory(KeyFolder);
        var path = Path.Combine(KeyFolder, fileName);
        var createOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            createOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var writer = new StreamWriter(path, System.Text.Encoding.ASCII, createOptions))
        {
            writer.WriteLine(key);
        }
        logger.LogWarning("Created an API key; it is in {Path} (shown once, keep it safe)", path);
    }
}
