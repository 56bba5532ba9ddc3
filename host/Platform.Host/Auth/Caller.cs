using System.Security.Claims;

namespace Platform.Host.Auth;

/// <summary>Who the authenticated key is: its tenant, and whether it is the platform administrator's (permissions are checked by policies, ADR 0017).</summary>
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
}
