namespace Platform.Host.Auth;

/// <summary>The built-in roles. Tenants add their own (sets of permissions) through <c>/api/tenants/{id}/roles</c>.</summary>
public static class Roles
{
    /// <summary>Manages tenants and installed modules; cannot read tenant data.</summary>
    public const string PlatformAdmin = "platform-admin";

    /// <summary>Holds every permission in its tenant: data, modules, settings, keys, principals and roles.</summary>
    public const string TenantAdmin = "tenant-admin";

    /// <summary>Sells and manages prices, promotions and products; approves discounts in the manager band.</summary>
    public const string SalesManager = "sales-manager";

    /// <summary>Sells: reads the catalogue, writes customers and orders; cannot change any price.</summary>
    public const string SalesUser = "sales-user";

    /// <summary>The role plain tenant keys had before principals; accepted when issuing a key and stored as <see cref="SalesUser"/>.</summary>
    public const string LegacyTenantUser = "tenant-user";

    /// <summary>Built-in roles a tenant principal may hold.</summary>
    public static readonly IReadOnlySet<string> TenantRoles = new HashSet<string>(StringComparer.Ordinal) { TenantAdmin, SalesManager, SalesUser };

    /// <summary>Every built-in role.</summary>
    public static readonly IReadOnlySet<string> BuiltIn = new HashSet<string>(StringComparer.Ordinal) { PlatformAdmin, TenantAdmin, SalesManager, SalesUser };

    /// <summary>The role a key request names, with the legacy name mapped.</summary>
    public static string Normalize(string role) => role == LegacyTenantUser ? SalesUser : role;

    /// <summary>The claim type holding the key's tenant.</summary>
    public const string TenantClaim = "platform:tenant";

    /// <summary>The claim type holding the key's principal id.</summary>
    public const string PrincipalClaim = "platform:principal";
}
