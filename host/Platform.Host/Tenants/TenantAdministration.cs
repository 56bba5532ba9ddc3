using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Auth;
using Platform.Host.Catalog;
using Platform.Host.Data;
using Platform.Host.Pipeline;

namespace Platform.Host.Tenants;

/// <summary>A tenant as the API lists it.</summary>
public sealed record TenantInfo(string Id, string Name, string Status, DateTimeOffset CreatedAt, IReadOnlyDictionary<string, TenantModuleInfo> Modules);

/// <summary>A module's state in a tenant as the API lists it.</summary>
public sealed record TenantModuleInfo(string Status, string SchemaVersion, string? Error);

/// <summary>Creates, lists, suspends, resumes and deletes tenants.</summary>
public sealed partial class TenantAdministration(
    CatalogDatabase catalog, IDatabaseProvider database, TenantDirectory tenants, ModuleEnablement enablement, ApiKeyStore keys,
    TenantPlatformDatabase platformSchema, TimeProvider time, ILogger<TenantAdministration> logger)
{
    /// <summary>Creates the tenant and its database, enables the requested modules and issues its first admin key.</summary>
    public async Task<(TenantInfo Tenant, IssuedApiKey AdminKey)> CreateAsync(
        string id, string name, IReadOnlyList<string> moduleIds, bool withDependencies, CancellationToken cancellationToken)
    {
        if (!TenantIdPattern().IsMatch(id))
        {
            throw PlatformProblemException.Invalid("id", "A tenant id is 2–40 characters: lower-case letters, digits and hyphens, starting with a letter.");
        }
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            throw PlatformProblemException.Invalid("name", "A tenant name is 1–200 characters.");
        }
        await using (var db = catalog.Open())
        {
            if (await db.Tenants.AnyAsync(t => t.Id == id, cancellationToken))
            {
                throw PlatformProblemException.Conflict($"Tenant '{id}' already exists.");
            }
            var now = time.GetUtcNow();
            db.Tenants.Add(new TenantRow { Id = id, Name = name.Trim(), Status = TenantStatus.Active, CreatedAt = now, UpdatedAt = now });
            await db.SaveChangesAsync(cancellationToken);
        }
        try
        {
            await database.EnsureDatabaseAsync(DatabaseNames.Tenant(id), cancellationToken);
            await platformSchema.MigrateAsync(id, cancellationToken);
            foreach (var moduleId in moduleIds)
            {
                await enablement.EnableAsync(id, moduleId, withDependencies, cancellationToken);
            }
            var key = await keys.IssueAsync(id, Roles.TenantAdmin, "initial administrator", cancellationToken);
            logger.LogInformation("Tenant {Tenant} created with modules {Modules}", id, string.Join(", ", moduleIds));
            return (await GetAsync(id, cancellationToken), key);
        }
        catch
        {
            // A tenant is created whole or not at all.
            await DeleteCoreAsync(id, CancellationToken.None);
            throw;
        }
    }

    /// <summary>One tenant.</summary>
    public async Task<TenantInfo> GetAsync(string id, CancellationToken cancellationToken)
    {
        var state = await tenants.GetFreshAsync(id, cancellationToken) ?? throw PlatformProblemException.NotFound($"Tenant '{id}' does not exist.");
        return Describe(state);
    }

    /// <summary>All tenants, or only <paramref name="onlyTenant"/> when given.</summary>
    public async Task<IReadOnlyList<TenantInfo>> ListAsync(string? onlyTenant, CancellationToken cancellationToken)
    {
        await using var db = catalog.Open();
        var rows = await db.Tenants.AsNoTracking().Where(t => onlyTenant == null || t.Id == onlyTenant).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var modules = await db.TenantModules.AsNoTracking().Where(m => onlyTenant == null || m.TenantId == onlyTenant).ToListAsync(cancellationToken);
        return rows.Select(t => new TenantInfo(t.Id, t.Name, t.Status.ToString().ToLowerInvariant(), t.CreatedAt,
            modules.Where(m => m.TenantId == t.Id).OrderBy(m => m.ModuleId, StringComparer.Ordinal)
                .ToDictionary(m => m.ModuleId, m => new TenantModuleInfo(m.Status.ToString().ToLowerInvariant(), m.SchemaVersion, m.Error)))).ToList();
    }

    /// <summary>Suspends or resumes the tenant: while suspended every request with its keys is refused.</summary>
    public async Task<TenantInfo> SetStatusAsync(string id, TenantStatus status, CancellationToken cancellationToken)
    {
        await using (var db = catalog.Open())
        {
            var row = await db.Tenants.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw PlatformProblemException.NotFound($"Tenant '{id}' does not exist.");
            row.Status = status;
            row.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }
        tenants.Invalidate(id);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Deletes the tenant, its keys, settings and database. Refused unless confirmed.</summary>
    public async Task DeleteAsync(string id, bool confirmed, CancellationToken cancellationToken)
    {
        if (await tenants.GetFreshAsync(id, cancellationToken) is null)
        {
            throw PlatformProblemException.NotFound($"Tenant '{id}' does not exist.");
        }
        if (!confirmed)
        {
            throw PlatformProblemException.Invalid("confirm", $"Deleting tenant '{id}' drops its database and all its data. Repeat with confirm=true to do so.");
        }
        await DeleteCoreAsync(id, cancellationToken);
        logger.LogInformation("Tenant {Tenant} deleted", id);
    }

    private async Task DeleteCoreAsync(string id, CancellationToken cancellationToken)
    {
        await using (var db = catalog.Open())
        {
            // Keys first, so the tenant stops working even if dropping the database fails.
            await db.ApiKeys.Where(k => k.TenantId == id).ExecuteDeleteAsync(cancellationToken);
            await db.TenantSettings.Where(k => k.TenantId == id).ExecuteDeleteAsync(cancellationToken);
            await db.TenantModules.Where(k => k.TenantId == id).ExecuteDeleteAsync(cancellationToken);
            await db.Tenants.Where(k => k.Id == id).ExecuteDeleteAsync(cancellationToken);
        }
        tenants.Invalidate(id);
        keys.ForgetTenant(id);
        await database.DropDatabaseAsync(DatabaseNames.Tenant(id), cancellationToken);
    }

    private static TenantInfo Describe(TenantState state) => new(
        state.Id, state.Name, state.Status.ToString().ToLowerInvariant(), state.CreatedAt,
        state.Modules.OrderBy(m => m.Key, StringComparer.Ordinal)
            .ToDictionary(m => m.Key, m => new TenantModuleInfo(m.Value.Status.ToString().ToLowerInvariant(), m.Value.SchemaVersion, m.Value.Error)));

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    private static partial Regex TenantIdPattern();
}
