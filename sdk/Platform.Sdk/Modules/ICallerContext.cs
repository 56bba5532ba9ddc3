namespace Platform.Sdk.Modules;

/// <summary>
/// Who the current request (or job) works for: its tenant, its user and the user's roles. Scoped: a
/// module's services get the caller of the request they serve.
/// </summary>
public interface ICallerContext
{
    /// <summary>The tenant the work is for; empty outside any tenant (a module's start-up).</summary>
    string TenantId { get; }

    /// <summary>The calling user (for API keys: <c>key:&lt;id&gt;</c>).</summary>
    string UserId { get; }

    /// <summary>True when the caller has the role (platform roles: <c>platform-admin</c>, <c>tenant-admin</c>, <c>tenant-user</c>).</summary>
    bool IsInRole(string role);
}
