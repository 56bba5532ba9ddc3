using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Host.Catalog;
using Platform.Host.Tenants;

namespace Platform.Host.Auth;

/// <summary>A key as issued: the text is shown once and never stored.</summary>
public sealed record IssuedApiKey(Guid Id, string? TenantId, string Role, string Name, DateTimeOffset CreatedAt, string Key, Guid PrincipalId);

/// <summary>A key as listed (no secret).</summary>
public sealed record ApiKeyInfo(Guid Id, string? TenantId, string Role, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, Guid? PrincipalId);

/// <summary>Issues, finds (with a short cache) and revokes API keys in the catalog.</summary>
public sealed class ApiKeyStore(CatalogDatabase catalog, IOptions<TenantOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, (ApiKeyRow? Row, long LoadedAt)> _cache = new();

    /// <summary>
    /// Creates a key for a new service account holding <paramref name="role"/>, and returns its text (the only
    /// time it exists outside the caller).
    /// </summary>
    public async Task<IssuedApiKey> IssueAsync(string? tenantId, string role, string name, CancellationToken cancellationToken)
    {
        await using var db = catalog.Open();
        var principal = new PrincipalRow
        {
            Id = Guid.NewGuid(), TenantId = tenantId, Kind = PrincipalKind.ServiceAccount, DisplayName = name, CreatedAt = time.GetUtcNow(),
        };
        db.Principals.Add(principal);
        db.RoleAssignments.Add(new RoleAssignmentRow { PrincipalId = principal.Id, Role = role });
        return await AddKeyAsync(db, principal.Id, tenantId, role, name, cancellationToken);
    }

    /// <summary>Creates a key for an existing principal of the tenant (the caller checked it exists there).</summary>
    public async Task<IssuedApiKey> IssueForPrincipalAsync(string? tenantId, Guid principalId, string name, CancellationToken cancellationToken)
    {
        await using var db = catalog.Open();
        var role = await db.RoleAssignments.Where(a => a.PrincipalId == principalId).Select(a => a.Role).OrderBy(r => r).FirstOrDefaultAsync(cancellationToken);
        return await AddKeyAsync(db, principalId, tenantId, role ?? "", name, cancellationToken);
    }

    private async Task<IssuedApiKey> AddKeyAsync(CatalogDbContext db, Guid principalId, string? tenantId, string role, string name, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        var (text, hash) = ApiKeySecret.Create(id);
        var row = new ApiKeyRow { Id = id, TenantId = tenantId, Role = role, Name = name, SecretHash = hash, CreatedAt = time.GetUtcNow(), PrincipalId = principalId };
        db.ApiKeys.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedApiKey(id, tenantId, role, name, row.CreatedAt, text, principalId);
    }

    /// <summary>
    /// Gives every key issued before principals existed a service account of its own (id = the key's id)
    /// holding the key's role (<c>tenant-user</c> becomes <c>sales-user</c>). Idempotent; runs at start-up.
    /// </summary>
    public async Task<int> EnsurePrincipalsAsync(CancellationToken cancellationToken)
    {
        await using var db = catalog.Open();
        var orphans = await db.ApiKeys.Where(k => k.PrincipalId == null).ToListAsync(cancellationToken);
        foreach (var key in orphans)
        {
            if (await db.Principals.FindAsync([key.Id], cancellationToken) is null)
            {
                db.Principals.Add(new PrincipalRow { Id = key.Id, TenantId = key.TenantId, Kind = PrincipalKind.ServiceAccount, DisplayName = key.Name, CreatedAt = key.CreatedAt });
                db.RoleAssignments.Add(new RoleAssignmentRow { PrincipalId = key.Id, Role = Roles.Normalize(key.Role) });
            }
            key.PrincipalId = key.Id;
        }
        await db.SaveChangesAsync(cancellationToken);
        _cache.Clear();
        return orphans.Count;
    }

    /// <summary>The valid (not revoked) key matching the text, or null.</summary>
    public async ValueTask<ApiKeyRow?> FindAsync(string text, CancellationToken cancellationToken)
    {
        if (!ApiKeySecret.TryParse(text, out var id, out var secret))
        {
            return null;
        }
        if (!_cache.TryGetValue(id, out var entry) || time.GetElapsedTime(entry.LoadedAt) >= options.Value.CacheDuration)
        {
            await using var db = catalog.Open();
            entry = (await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, cancellationToken), time.GetTimestamp());
            _cache[id] = entry;
        }
        return entry.Row is { RevokedAt: null } row && ApiKeySecret.Matches(secret, row.SecretHash) ? row : null;
    }

    /// <summary>Keys of a tenant (or the platform's keys when null).</summary>
    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(string? tenantId, CancellationToken cancellationToken)
    {
        await using var db = catalog.Open();
        var rows = await db.ApiKeys.AsNoTracking().Where(k => k.TenantId == tenantId).ToListAsync(cancellationToken);
        return rows.OrderBy(k => k.CreatedAt).Select(k => new ApiKeyInfo(k.Id, k.TenantId, k.Role, k.Name, k.CreatedAt, k.RevokedAt, k.PrincipalId)).ToList();
    }

    /// <summary>True when the platform has a platform-admin key.</summary>
    public async Task<bool> HasPlatformAdminAsync(CancellationToken cancellationToken)
    {
        await using var db = catalog.Open();
        return await db.ApiKeys.AnyAsync(k => k.TenantId == null && k.Role == Roles.PlatformAdmin && k.RevokedAt == null, cancellationToken);
    }

    /// <summary>Forgets cached keys of a deleted tenant, so they stop working at once on this host.</summary>
    public void ForgetTenant(string tenantId)
    {
        foreach (var (id, entry) in _cache)
        {
            if (entry.Row?.TenantId == tenantId)
            {
                _cache.TryRemove(id, out _);
            }
        }
    }

    /// <summary>Revokes every key of a principal (it was disabled).</summary>
    public async Task RevokeAllOfAsync(Guid principalId, CancellationToken cancellationToken)
    {
        await using var db = catalog.Open();
        var rows = await db.ApiKeys.Where(k => k.PrincipalId == principalId && k.RevokedAt == null).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            row.RevokedAt = time.GetUtcNow();
            _cache.TryRemove(row.Id, out _);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Revokes a key of the tenant; false when there is no such key.</summary>
    public async Task<bool> RevokeAsync(string? tenantId, Guid id, CancellationToken cancellationToken)
    {
        await using var db = catalog.Open();
        var row = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id && k.TenantId == tenantId, cancellationToken);
        if (row is null)
        {
            return false;
        }
        row.RevokedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        _cache.TryRemove(id, out _);
        return true;
    }
}
