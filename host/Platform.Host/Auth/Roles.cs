namespace Platform.Host.Auth;

/// <summary>The roles an API key can carry.</summary>
public static class Roles
{
    /// <summary>Manages tenants and installed modules; cannot read tenant data.</summary>
    public const string PlatformAdmin = "platform-admin";

    /// <summary>Uses the tenant's data and manages its modules, settings and keys.</summary>
    public const string TenantAdmin = "tenant-admin";

    /// <summary>Uses the tenant's data; cannot change modules, settings or keys.</summary>
    public const string TenantUser = "tenant-user";

    /// <summary>Roles a tenant key may have.</summary>
    public static readonly IReadOnlySet<string> TenantRoles = new HashSet<string>(StringComparer.Ordinal) { TenantAdmin, TenantUser };

    /// <summary>The claim type holding the key's tenant.</summary>
    public const string TenantClaim = "platform:tenant";
}
