using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Host.Catalog;

namespace Platform.Host.Tenants;

/// <summary>
/// Reads tenants from the catalog and caches them for a short time (<see cref="TenantOptions.CacheDuration"/>).
/// Changes made through this host invalidate the entry at once; changes made by another host are seen
/// when the entry expires.
/// </summary>
public sealed class TenantDirectory(CatalogDatabase catalog, IOptions<TenantOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (TenantState? State, long LoadedAt)> _cache = new(StringComparer.Ordinal);

    /// <summary>The tenant, or null when it does not exist.</summary>
    public async ValueTask<TenantState?> GetAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(tenantId, out var entry) && time.GetElapsedTime(entry.LoadedAt) < options.Value.CacheDuration)
        {
            return entry.State;
        }
        var state = await LoadAsync(tenantId, cancellationToken);
        _cache[tenantId] = (state, time.GetTimestamp());
        return state;
    }

    /// <summary>The tenant read from the catalog now (for changes, which must not act on a stale copy).</summary>
    public async Task<TenantState?> GetFreshAsync(string tenantId, CancellationToken cancellationToken)
    {
        Invalidate(tenantId);
        return await GetAsync(tenantId, cancellationToken);
    }

    /// <summary>Forgets the cached tenant, so the next request reads the catalog.</summary>
    public void Invalidate(string tenantId) => _cache.TryRemove(tenantId, out _);

    private async Task<TenantState?> LoadAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var db = catalog.Open();
        var tenant = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tenantId, cancellationToken);
        if (tenant is null)
        {
            return null;
        }
        var modules = await db.TenantModules.AsNoTracking().Where(m => m.TenantId == tenantId).ToListAsync(cancellationToken);
        var settings = await db.TenantSettings.AsNoTracking().Where(s => s.TenantId == tenantId).ToListAsync(cancellationToken);
        return new TenantState(
            tenant.Id, tenant.Name, tenant.Status, tenant.CreatedAt,
            modules.ToDictionary(m => m.ModuleId, m => new TenantModuleState(m.Status, m.SchemaVersion, m.Error), StringComparer.Ordinal),
            settings.ToDictionary(s => s.ModuleId, s => s.Json, StringComparer.Ordinal));
    }
}
