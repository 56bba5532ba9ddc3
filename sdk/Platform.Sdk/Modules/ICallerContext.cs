namespace Platform.Sdk.Modules;

/// <summary>
/// Who the current request (or job) works for: its tenant, its user and the user's roles. Scoped: a
/// module's services get the caller of the request they serve.
/// </summary>
public interface ICallerContext
{
    /// <summary>The tenant the work is for; empty outside any tenant (a module's start-up).</summary>
    string TenantId { get; }

    /// <summary>
    /// The calling principal (a person or service account): <c>principal:&lt;id&gt;</c>, the same for
    /// every key of that principal, so separation-of-duty rules compare it; <c>system</c> for work no
    /// principal started (start-up, demo data).
    /// </summary>
    string UserId { get; }

    /// <summary>True when the caller holds the role (built-in: <c>platform-admin</c>, <c>tenant-admin</c>, <c>sales-manager</c>, <c>sales-user</c>; or a tenant's own role).</summary>
    bool IsInRole(string role);

    /// <summary>True when the caller holds the permission (declared in a module manifest, granted through the caller's roles).</summary>
    bool HasPermission(string permission) => false;
}
