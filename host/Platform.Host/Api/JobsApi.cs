using Platform.Host.Auth.Permissions;
using Platform.Host.Jobs;
using Platform.Host.Pipeline;
using Platform.Sdk.Http;

namespace Platform.Host.Api;

/// <summary>
/// System jobs of the caller's tenant: <c>/api/jobs</c>. Tenant keys only; reading needs
/// <c>platform.jobs.read</c>, cancel and retry <c>platform.jobs.manage</c>.
/// </summary>
internal static class JobsApi
{
    public static void MapJobsApi(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("/api/jobs").WithTags("jobs").AddEndpointFilter(RequireTenant);
        jobs.MapGet("/", (string? status, string? kind, int? page, int? pageSize, JobAdministration admin, CancellationToken ct) =>
            admin.ListAsync(status, page ?? 1, pageSize ?? 50, ct, kind)).WithName("jobs.list").WithSummary("List the tenant's system jobs").RequirePermission(HostPermissions.JobsRead);
        jobs.MapGet("/{id:guid}", (Guid id, JobAdministration admin, CancellationToken ct) => admin.GetAsync(id, ct))
            .WithName("jobs.get").WithSummary("Read a system job").RequirePermission(HostPermissions.JobsRead);
        jobs.MapPost("/{id:guid}/cancel", (Guid id, JobAdministration admin, CancellationToken ct) => admin.CancelAsync(id, ct))
            .WithName("jobs.cancel").WithSummary("Cancel a waiting or failed job").RequirePermission(HostPermissions.JobsManage);
        jobs.MapPost("/{id:guid}/retry", (Guid id, JobAdministration admin, CancellationToken ct) => admin.RetryAsync(id, ct))
            .WithName("jobs.retry").WithSummary("Retry a failed or cancelled job").RequirePermission(HostPermissions.JobsManage);
    }

    private static ValueTask<object?> RequireTenant(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.RequestServices.GetRequiredService<RequestContext>().Tenant is null
            ? ValueTask.FromResult<object?>(Results.Problem(statusCode: 403, title: "Forbidden.", detail: "System jobs belong to tenants; use a tenant's API key."))
            : next(context);
}
