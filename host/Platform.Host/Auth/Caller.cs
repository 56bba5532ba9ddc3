using System.Security.Claims;
using Platform.Host.Pipeline;

namespace Platform.Host.Auth;

/// <summary>What the authenticated key may do, checked by the platform's own endpoints.</summary>
public static class Caller
{
    /// <summary>The key's tenant, or null for a platform key.</summary>
    public static string? TenantOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(Roles.TenantClaim);
    }

    /// <summary>True for a platform administrator's key.</summary>
    public static bool IsPlatformAdmin(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.PlatformAdmin);
    }

    /// <summary>Refuses (403) unless the key is a platform admin's.</summary>
    public static void RequirePlatformAdmin(ClaimsPrincipal user)
    {
        if (!IsPlatformAdmin(user))
        {
            throw Forbidden("Only a platform administrator's key may do this.");
        }
    }

    /// <summary>Refuses (403) unless the key may read the tenant: its own tenant, or any tenant for a platform admin.</summary>
    public static void RequireTenantReader(ClaimsPrincipal user, string tenantId)
    {
        if (!IsPlatformAdmin(user) && TenantOf(user) != tenantId)
        {
            throw Forbidden($"This key does not belong to tenant '{tenantId}'.");
        }
    }

    /// <summary>Refuses (403) unless the key administers the tenant: its tenant admin, or a platform admin.</summary>
    public static void RequireTenantAdmin(ClaimsPrincipal user, string tenantId)
    {
        RequireTenantReader(user, tenantId);
        if (!IsPlatformAdmin(user) && !user.IsInRole(Roles.TenantAdmin))
        {
            throw Forbidden("A tenant user's key cannot change modules, settings or keys; use a tenant administrator's key.");
        }
    }

    private static PlatformProblemException Forbidden(string detail) => new(403, "Forbidden.", detail);
}
