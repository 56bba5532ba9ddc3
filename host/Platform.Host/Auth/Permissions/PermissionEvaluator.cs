using System.Security.Claims;

namespace Platform.Host.Auth.Permissions;

/// <summary>Answers whether a caller holds a permission; used by the authorization policies, the pipeline and custom messages.</summary>
public interface IPermissionEvaluator
{
    /// <summary>What the caller holds in the tenant (a platform administrator: the platform grants, in every tenant).</summary>
    ValueTask<GrantedPermissions> GrantedAsync(ClaimsPrincipal user, string? tenantId, CancellationToken cancellationToken);

    /// <summary>True when the caller holds the permission an operation or permission name requires, in the caller's own tenant.</summary>
    ValueTask<bool> HasAsync(ClaimsPrincipal user, string permissionOrOperation, CancellationToken cancellationToken);
}

/// <summary>
/// Grants come from the principal's roles: tenant-admin holds everything in its tenant; other built-in
/// roles hold the permissions whose manifests grant them; a tenant's own role holds the permissions it lists.
/// A principal of another tenant holds nothing here.
/// </summary>
internal sealed class PermissionEvaluator(PermissionCatalog permissions, PrincipalDirectory principals) : IPermissionEvaluator
{
    public async ValueTask<GrantedPermissions> GrantedAsync(ClaimsPrincipal user, string? tenantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!Guid.TryParse(user.FindFirstValue(Roles.PrincipalClaim), out var principalId)
            || await principals.FindAsync(principalId, cancellationToken) is not { Disabled: false } principal)
        {
            return GrantedPermissions.None;
        }
        if (principal.TenantId is null)
        {
            return Union(principal.Roles.Where(r => r == Roles.PlatformAdmin), null, principal.Roles);
        }
        if (tenantId is not null && tenantId != principal.TenantId)
        {
            return GrantedPermissions.None;
        }
        if (principal.Roles.Contains(Roles.TenantAdmin))
        {
            return new GrantedPermissions(new HashSet<string>(), all: true, principal.Roles);
        }
        var tenantRoles = await principals.TenantRolesAsync(principal.TenantId, cancellationToken);
        return Union(principal.Roles.Where(r => Roles.TenantRoles.Contains(r)), principal.Roles.Select(r => tenantRoles.GetValueOrDefault(r)), principal.Roles);
    }

    public async ValueTask<bool> HasAsync(ClaimsPrincipal user, string permissionOrOperation, CancellationToken cancellationToken) =>
        (await GrantedAsync(user, tenantId: null, cancellationToken)).Has(permissions.RequiredFor(permissionOrOperation));

    private GrantedPermissions Union(IEnumerable<string> builtInRoles, IEnumerable<IReadOnlySet<string>?>? ownRoles, IReadOnlySet<string> roles)
    {
        var held = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in builtInRoles)
        {
            held.UnionWith(permissions.DefaultGrantsOf(role));
        }
        foreach (var set in ownRoles ?? [])
        {
            if (set is not null)
            {
                held.UnionWith(set);
            }
        }
        return new GrantedPermissions(held, all: false, roles);
    }
}
