using Platform.Host.Auth.Permissions;
using Platform.Host.Tenants;
using Platform.Sdk.Modules;

namespace Platform.Host.Pipeline;

/// <summary>Who is calling, for which tenant, under which correlation id. One per request scope.</summary>
public sealed class RequestContext : ICallerContext
{
    /// <summary>The tenant the request works on.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>The tenant's state (modules, settings) when the request works on a tenant.</summary>
    public TenantState? Tenant { get; set; }

    /// <summary>The calling principal (<c>principal:&lt;id&gt;</c>), or <c>anonymous</c>.</summary>
    public string UserId { get; set; } = "anonymous";

    /// <summary>The calling principal's roles.</summary>
    public IReadOnlySet<string> Roles { get; set; } = new HashSet<string>();

    /// <summary>What the calling principal holds in the tenant; null for work no principal started (not checked).</summary>
    public GrantedPermissions? Permissions { get; set; }

    /// <inheritdoc />
    public bool IsInRole(string role) => Roles.Contains(role);

    /// <inheritdoc />
    public bool HasPermission(string permission) => Permissions is null || Permissions.Has(permission);

    /// <summary>Shared by every operation the request starts.</summary>
    public Guid CorrelationId { get; set; } = Guid.NewGuid();

    /// <summary>
    /// True when the module's steps, entities and messages are active for this request's tenant.
    /// Work outside a tenant (start-up of a module) sees every module.
    /// </summary>
    public bool IsModuleEnabled(string moduleId) => Tenant is null || Tenant.IsEnabled(moduleId);
}
