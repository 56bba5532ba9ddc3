using System.Security.Claims;
using Platform.Host.Auth;
using Platform.Host.Jobs;
using Platform.Host.Pipeline;

namespace Platform.Host.Api;

/// <summary>
/// System jobs of the caller's tenant: <c>/api/jobs</c>. Tenant keys only; reading needs any tenant key,
/// cancel and retry a tenant administrator's.
/// </summary>
internal static class JobsApi
{
    public static void MapJobsApi(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("/api/jobs").WithTags("jobs").AddEndpointFilter(RequireTenant);
        jobs.MapGet("/", (string? status, string? kind, int? page, int? pageSize, JobAdministration admin, CancellationToken ct) =>
            admin.ListAsync(status, page ?? 1, pageSize ?? 50, ct, kind)).WithName("jobs.list");
        jobs.MapGet("/{id:guid}", (Guid id, JobAdministration admin, CancellationToken ct) => admin.GetAsync(id, ct)).WithName("jobs.get");
        jobs.MapPost("/{id:guid}/cancel", (Guid id, ClaimsPrincipal user, RequestContext request, JobAdministration admin, CancellationToken ct) =>
        {
            Caller.RequireTenantAdmin(user, request.TenantId);
            return admin.CancelAsync(id, ct);
        }).WithName("jobs.cancel");
        jobs.MapPost("/{id:guid}/retry", (Guid id, ClaimsPrincipal user, RequestContext request, JobAdministration admin, CancellationToken ct) =>
        {
            Caller.RequireTenantAdmin(user, request.TenantId);
            return admin.RetryAsync(id, ct);
        }).WithName("jobs.retry");
    }

    private static ValueTask<object?> RequireTenant(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.RequestServices.GetRequiredService<RequestContext>().Tenant is null
            ? ValueTask.FromResult<object?>(Results.Problem(statusCode: 403, title: "Forbidden.", detail: "System jobs belong to tenants; use a tenant's API key."))
            : next(context);
}
