using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Host.Catalog;
using Platform.Host.Tenants;

namespace Platform.Host.Auth.Permissions;

/// <summary>A principal as authorization sees it: tenant, roles, and whether it is disabled.</summary>
public sealed record PrincipalGrants(Guid Id, string? TenantId, bool Disabled, IReadOnlySet<string> Roles);

/// <summary>
/// Reads principals' roles and tenants' own roles from the catalog, each kept for
/// <c>Platform:Tenants:CacheDuration</c> (like keys); changes made through this host apply at once.
/// </summary>
public sealed class PrincipalDirectory(CatalogDatabase catalog, IOptions<TenantOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, (PrincipalGrants? Value, long LoadedAt)> _principals = new();
    private readonly ConcurrentDictionary<string, (IReadOnlyDictionary<string, IReadOnlySet<string>> Value, long LoadedAt)> _tenantRoles = new(StringComparer.Ordinal);

    /// <summary>The principal with its roles, or null when it does not exist.</summary>
    public async ValueTask<PrincipalGrants?> FindAsync(Guid principalId, CancellationToken cancellationToken)
    {
        if (_principals.TryGetValue(principalId, out var entry) && time.GetElapsedTime(entry.LoadedAt) < options.Value.CacheDuration)
        {
            return entry.Value;
        }
        await using var db = catalog.Open();
        var row = await db.Principals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == principalId, cancellationToken);
        PrincipalGrants? value = null;
        if (row is not null)
        {
            var roles = await db.RoleAssignments.AsNoTracking().Where(a => a.PrincipalId == principalId).Select(a => a.Role).ToListAsync(cancellationToken);
            value = new PrincipalGrants(row.Id, row.TenantId, row.DisabledAt is not null, roles.ToHashSet(StringComparer.Ordinal));
        }
        _principals[principalId] = (value, time.GetTimestamp());
        return value;
    }

    /// <summary>The tenant's own roles: name to permissions.</summary>
    public async ValueTask<IReadOnlyDictionary<string, IReadOnlySet<string>>> TenantRolesAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (_tenantRoles.TryGetValue(tenantId, out var entry) && time.GetElapsedTime(entry.LoadedAt) < options.Value.CacheDuration)
        {
            return entry.Value;
        }
        await using var db = catalog.Open();
        var rows = await db.Roles.AsNoTracking().Where(r => r.TenantId == tenantId).ToListAsync(cancellationToken);
        IReadOnlyDictionary<string, IReadOnlySet<string>> value = rows.ToDictionary(
            r => r.Name, r => (IReadOnlySet<string>)(JsonSerializer.Deserialize<string[]>(r.PermissionsJson) ?? []).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        _tenantRoles[tenantId] = (value, time.GetTimestamp());
        return value;
    }

    /// <summary>Forgets a principal after a change to it or its roles.</summary>
    public void Forget(Guid principalId) => _principals.TryRemove(principalId, out _);

    /// <summary>Forgets a tenant's roles after a change to one of them.</summary>
    public void ForgetRoles(string tenantId) => _tenantRoles.TryRemove(tenantId, out _);
}
