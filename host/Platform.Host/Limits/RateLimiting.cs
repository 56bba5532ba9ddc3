using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Platform.Host.Auth;
using Platform.Host.Observability;

namespace Platform.Host.Limits;

/// <summary>
/// ASP.NET Core rate limiting after authentication: an authenticated request counts against its key and its
/// tenant (both must have room), any other against its client address. Refused requests get 429 problem details
/// with <c>Retry-After</c> in seconds. Health endpoints are not limited.
/// </summary>
internal static class RateLimiting
{
    public static IServiceCollection AddPlatformRateLimiting(this IServiceCollection services, IConfiguration section)
    {
        services.AddOptions<RateLimitOptions>().Bind(section).ValidateDataAnnotations()
            .Validate(o => o.PerKey.Window > TimeSpan.Zero && o.PerTenant.Window > TimeSpan.Zero && o.Anonymous.Window > TimeSpan.Zero,
                "Platform:RateLimits: every Window must be positive.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, configured) =>
        {
            var limits = configured.Value;
            if (!limits.Enabled)
            {
                return;
            }
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => ByKeyOrAddress(http, limits)),
                PartitionedRateLimiter.Create<HttpContext, string>(http => ByTenant(http, limits)));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> ByKeyOrAddress(HttpContext http, RateLimitOptions limits)
    {
        if (http.User.Identity?.IsAuthenticated == true && http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } key)
        {
            return Window("key:" + key, limits.PerKey);
        }
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return Window("address:" + address, limits.Anonymous);
    }

    private static RateLimitPartition<string> ByTenant(HttpContext http, RateLimitOptions limits) =>
        http.User.Identity?.IsAuthenticated == true && Caller.TenantOf(http.User) is { } tenant
            ? Window("tenant:" + tenant, limits.PerTenant)
            : RateLimitPartition.GetNoLimiter("no-tenant");

    private static RateLimitPartition<string> Window(string partition, RateLimitWindow window) =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = window.PermitLimit,
            Window = window.Window,
            QueueLimit = 0,
        });

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        PlatformTelemetry.RateLimitRejections.Add(1);
        var http = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(statusCode: 429, title: "Too many requests.",
            detail: $"The rate limit for this key, its tenant or this client was reached; retry after {seconds} s.").ExecuteAsync(http);
    }
}
