using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Host.Observability;

/// <summary>
/// <c>/health/live</c>: the process serves requests (no checks). <c>/health/ready</c>: the catalog database answers
/// and every module started (503 when not; a faulted module makes it 200 "Degraded", naming the module). Both
/// anonymous; <c>/health</c> stays as the liveness answer it always was.
/// </summary>
internal static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IHealthChecksBuilder AddPlatformHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddCheck<CatalogHealthCheck>("catalog", tags: [ReadyTag])
            .AddCheck<ModulesHealthCheck>("modules", tags: [ReadyTag]);

    public static void MapPlatformHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", Live()).AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/live", Live()).AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(ReadyTag),
            ResponseWriter = WriteReportAsync,
        }).AllowAnonymous().DisableRateLimiting();
    }

    private static HealthCheckOptions Live() => new() { Predicate = _ => false };

    private static Task WriteReportAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        http.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, cancellationToken: http.RequestAborted);
    }
}
