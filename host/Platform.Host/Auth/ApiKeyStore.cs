using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Host.Catalog;
using Platform.Host.Tenants;

namespace Platform.Host.Auth;

/// <summary>A key as issued: the text is shown once and never stored.</summary>
public sealed record IssuedApiKey(Guid Id, string? TenantId, string Role, string Name, DateTimeOffset CreatedAt, string Key);

/// <summary>A key as listed (no secret).</summary>
public sealed record ApiKeyInfo(Guid Id, string? TenantId, string Role, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>Issues, finds (with a short cache) and revokes API keys in the catalog.</summary>
public sealed class ApiKeyStore(CatalogDatabase catalog, IOptions<TenantOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, (ApiKeyRow? Row, long LoadedAt)> _cache = new();

    /// <summary>Creates a key and returns its text (the only time it exists outside the caller).</summary>
    public async Task<IssuedApiKey> IssueAsync(string? tenantId, string role, string name, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        var (text, hash) = ApiKeySecret.Create(id);
        var row = new ApiKeyRow { Id = id, TenantId = tenantId, Role = role, Name = name, SecretHash = hash, CreatedAt = time.GetUtcNow() };
        await using var db = catalog.Open();
        db.ApiKeys.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedApiKey(id, tenantId, role, name, row.CreatedAt, text);
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
        return rows.OrderBy(k => k.CreatedAt).Select(k => new ApiKeyInfo(k.Id, k.TenantId, k.Role, k.Name, k.CreatedAt, k.RevokedAt)).ToList();
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
