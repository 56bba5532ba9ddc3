using System.Security.Claims;
using Platform.Host.Auth;
using Platform.Host.Auth.Permissions;
using Platform.Host.Catalog;
using Platform.Host.Pipeline;
using Platform.Host.Tenants;

namespace Platform.Host.Api;

/// <summary>
/// Fills the request's <see cref="RequestContext"/> from the authenticated key: tenant (with its module
/// states and settings), principal and its permissions, and correlation id from <c>X-Correlation-Id</c> (or a new one, echoed
/// back). A key whose tenant is suspended or gone is refused here, before any endpoint runs.
/// </summary>
internal sealed class RequestContextMiddleware(RequestDelegate next)
{
    public const string CorrelationHeader = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext httpContext, RequestContext request, TenantDirectory tenants, IPermissionEvaluator permissions)
    {
        if (Guid.TryParse(httpContext.Request.Headers[CorrelationHeader], out var correlationId))
        {
            request.CorrelationId = correlationId;
        }
        httpContext.Response.Headers[CorrelationHeader] = request.CorrelationId.ToString();
        request.UserId = httpContext.User.FindFirstValue(ClaimTypes.Name) ?? "anonymous";
        request.Roles = httpContext.User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        if (Caller.TenantOf(httpContext.User) is { } tenantId)
        {
            var tenant = await tenants.GetAsync(tenantId, httpContext.RequestAborted);
            if (tenant is null || tenant.Status != TenantStatus.Active)
            {
                var problem = Results.Problem(statusCode: 403, title: "Forbidden.",
                    detail: tenant is null ? $"Tenant '{tenantId}' no longer exists." : $"Tenant '{tenantId}' is suspended.");
                await problem.ExecuteAsync(httpContext);
                return;
            }
            request.TenantId = tenantId;
            request.Tenant = tenant;
        }
        if (httpContext.User.Identity?.IsAuthenticated == true)
        {
            request.Permissions = await permissions.GrantedAsync(httpContext.User, Caller.TenantOf(httpContext.User), httpContext.RequestAborted);
        }
        await next(httpContext);
    }
}
