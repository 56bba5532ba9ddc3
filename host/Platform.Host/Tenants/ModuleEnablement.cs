using Microsoft.EntityFrameworkCore;
using Platform.Host.Catalog;
using Platform.Host.Modules;
using Platform.Host.Pipeline;

namespace Platform.Host.Tenants;

/// <summary>
/// Enables, disables and uninstalls modules for one tenant, keeping dependencies consistent: a module
/// is enabled only when its dependencies are, and disabled only when no enabled module depends on it.
/// </summary>
public sealed class ModuleEnablement(
    ModuleCatalog modules, CatalogDatabase catalog, TenantDirectory tenants, TenantModuleMigrator migrator, TimeProvider time, ILogger<ModuleEnablement> logger)
{
    /// <summary>
    /// Enables the module (migrating its schema into the tenant's database). A dependency that is not
    /// enabled is refused, naming it, unless <paramref name="withDependencies"/> asks to enable the chain.
    /// Returns the ids enabled by this call, dependencies first.
    /// </summary>
    public async Task<IReadOnlyList<string>> EnableAsync(string tenantId, string moduleId, bool withDependencies, CancellationToken cancellationToken)
    {
        var tenant = await RequireTenantAsync(tenantId, cancellationToken);
        var module = RequireRunning(moduleId);
        var chain = DependencyChain(module).Where(m => !tenant.IsEnabled(m.Id)).ToList();
        var missing = chain.Where(m => m != module).Select(m => m.Id).ToList();
        if (missing.Count > 0 && !withDependencies)
        {
            throw PlatformProblemException.Conflict(
                $"Module {moduleId} depends on {string.Join(", ", missing)}, which {(missing.Count == 1 ? "is" : "are")} not enabled for tenant '{tenantId}'. " +
                "Enable the dependencies first, or repeat the request with withDependencies=true.");
        }
        var enabled = new List<string>();
        foreach (var step in chain)
        {
            await MigrateAndRecordAsync(step, tenantId, cancellationToken);
            enabled.Add(step.Id);
        }
        tenants.Invalidate(tenantId);
        return enabled;
    }

    /// <summary>Migrates the module for the tenant and records it enabled; on failure records nothing new and throws.</summary>
    internal async Task MigrateAndRecordAsync(ModuleDescriptor module, string tenantId, CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(module, tenantId, cancellationToken);
        await RecordAsync(tenantId, module.Id, TenantModuleStatus.Enabled, module.Manifest.Version, error: null, cancellationToken);
        logger.LogInformation("Module {Module} {Version} enabled for tenant {Tenant}", module.Id, module.Manifest.Version, tenantId);
    }

    /// <summary>Disables the module for the tenant, keeping its data; refused while enabled modules depend on it.</summary>
    public async Task DisableAsync(string tenantId, string moduleId, CancellationToken cancellationToken)
    {
        var tenant = await RequireTenantAsync(tenantId, cancellationToken);
        if (!tenant.Modules.TryGetValue(moduleId, out var state))
        {
            throw PlatformProblemException.NotFound($"Module {moduleId} is not installed for tenant '{tenantId}'.");
        }
        var dependents = EnabledDependents(tenant, moduleId);
        if (dependents.Count > 0)
        {
            throw PlatformProblemException.Conflict(
                $"Module {moduleId} cannot be disabled for tenant '{tenantId}': {string.Join(", ", dependents)} depend{(dependents.Count == 1 ? "s" : "")} on it and {(dependents.Count == 1 ? "is" : "are")} enabled. Disable {(dependents.Count == 1 ? "it" : "them")} first.");
        }
        await RecordAsync(tenantId, moduleId, TenantModuleStatus.Disabled, state.SchemaVersion, state.Error, cancellationToken);
        tenants.Invalidate(tenantId);
    }

    /// <summary>
    /// Removes the module from the tenant and drops its schema with all its data. Refused unless
    /// <paramref name="confirmed"/>, and while enabled modules depend on it.
    /// </summary>
    public async Task UninstallAsync(string tenantId, string moduleId, bool confirmed, CancellationToken cancellationToken)
    {
        var tenant = await RequireTenantAsync(tenantId, cancellationToken);
        if (!tenant.Modules.ContainsKey(moduleId))
        {
            throw PlatformProblemException.NotFound($"Module {moduleId} is not installed for tenant '{tenantId}'.");
        }
        var module = modules.Modules.FirstOrDefault(m => m.Id == moduleId)
            ?? throw PlatformProblemException.Conflict($"Module {moduleId} is not loaded by this host, so its schema cannot be identified; install it first.");
        if (!confirmed)
        {
            throw PlatformProblemException.Invalid("confirm",
                $"Uninstalling {moduleId} drops schema '{module.Manifest.Schema}' and all of tenant '{tenantId}''s data in it. Repeat with confirm=true to do so.");
        }
        var dependents = EnabledDependents(tenant, moduleId);
        if (dependents.Count > 0)
        {
            throw PlatformProblemException.Conflict($"Module {moduleId} cannot be uninstalled for tenant '{tenantId}': {string.Join(", ", dependents)} depend on it and are enabled.");
        }
        // Leave the catalog first: a crash between the two steps leaves an orphan schema, never a module that looks installed without its tables.
        await using (var db = catalog.Open())
        {
            await db.TenantModules.Where(m => m.TenantId == tenantId && m.ModuleId == moduleId).ExecuteDeleteAsync(cancellationToken);
            await db.TenantSettings.Where(m => m.TenantId == tenantId && m.ModuleId == moduleId).ExecuteDeleteAsync(cancellationToken);
        }
        tenants.Invalidate(tenantId);
        await migrator.DropSchemaAsync(module, tenantId, cancellationToken);
        logger.LogInformation("Module {Module} uninstalled from tenant {Tenant}; schema {Schema} dropped", moduleId, tenantId, module.Manifest.Schema);
    }

    /// <summary>Writes a tenant's module row.</summary>
    internal async Task RecordAsync(string tenantId, string moduleId, TenantModuleStatus status, string schemaVersion, string? error, CancellationToken cancellationToken)
    {
        await using var db = catalog.Open();
        var row = await db.TenantModules.SingleOrDefaultAsync(m => m.TenantId == tenantId && m.ModuleId == moduleId, cancellationToken);
        if (row is null)
        {
            row = new TenantModuleRow { TenantId = tenantId, ModuleId = moduleId };
            db.TenantModules.Add(row);
        }
        row.Status = status;
        row.SchemaVersion = schemaVersion;
        row.Error = error;
        row.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        tenants.Invalidate(tenantId);
    }

    private async Task<TenantState> RequireTenantAsync(string tenantId, CancellationToken cancellationToken) =>
        await tenants.GetFreshAsync(tenantId, cancellationToken) ?? throw PlatformProblemException.NotFound($"Tenant '{tenantId}' does not exist.");

    private ModuleDescriptor RequireRunning(string moduleId)
    {
        var module = modules.Modules.FirstOrDefault(m => m.Id == moduleId)
            ?? throw PlatformProblemException.NotFound($"Module {moduleId} is not installed on this platform.");
        return module.IsRunning
            ? module
            : throw PlatformProblemException.Conflict($"Module {moduleId} is {module.State.ToString().ToLowerInvariant()} on this host and cannot be enabled: {module.FaultReason}");
    }

    /// <summary>The module's dependencies (transitively) and the module itself, dependencies first.</summary>
    private List<ModuleDescriptor> DependencyChain(ModuleDescriptor module)
    {
        var needed = new HashSet<string>(StringComparer.Ordinal);
        void Visit(ModuleDescriptor m)
        {
            if (needed.Add(m.Id))
            {
                foreach (var dependency in m.Manifest.Dependencies.Keys)
                {
                    Visit(RequireRunning(dependency));
                }
            }
        }
        Visit(module);
        return modules.Modules.Where(m => needed.Contains(m.Id)).ToList(); // the catalog is in load (dependency) order
    }

    private List<string> EnabledDependents(TenantState tenant, string moduleId) =>
        modules.Modules
            .Where(m => m.Manifest.Dependencies.ContainsKey(moduleId) && tenant.IsEnabled(m.Id))
            .Select(m => m.Id)
            .ToList();
}
