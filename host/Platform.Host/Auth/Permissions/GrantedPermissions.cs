namespace Platform.Host.Auth.Permissions;

/// <summary>What a principal holds in one tenant: a set of permissions, or all of them (the tenant's administrator).</summary>
public sealed class GrantedPermissions(IReadOnlySet<string> permissions, bool all, IReadOnlySet<string> roles)
{
    /// <summary>Nothing at all.</summary>
    public static readonly GrantedPermissions None = new(new HashSet<string>(), false, new HashSet<string>());

    /// <summary>True for a tenant administrator: every permission, declared or not, except the platform-only ones.</summary>
    public bool All { get; } = all;

    /// <summary>The permissions held (when not <see cref="All"/>).</summary>
    public IReadOnlySet<string> Permissions { get; } = permissions;

    /// <summary>The roles they come from.</summary>
    public IReadOnlySet<string> Roles { get; } = roles;

    /// <summary>True when the permission is held.</summary>
    public bool Has(string permission) => All ? !HostPermissions.PlatformOnly.Contains(permission) : Permissions.Contains(permission);
}
