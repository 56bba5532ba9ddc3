using Platform.Host.Pipeline;

namespace Platform.Host.Tenants;

/// <summary>Service scopes that work on one tenant outside an HTTP request (start-up, migrations, jobs).</summary>
public static class TenantScopes
{
    /// <summary>A scope whose <see cref="RequestContext"/> is set to the tenant, as the system user.</summary>
    public static AsyncServiceScope CreateTenantScope(this IServiceScopeFactory scopes, string tenantId, TenantState? tenant = null, string userId = "system")
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var scope = scopes.CreateAsyncScope();
        var request = scope.ServiceProvider.GetRequiredService<RequestContext>();
        request.TenantId = tenantId;
        request.Tenant = tenant;
        request.UserId = userId;
        return scope;
    }
}
