using Platform.Host.Pipeline;

namespace Platform.Host.Api;

/// <summary>
/// Fills the request's <see cref="RequestContext"/>: correlation id from <c>X-Correlation-Id</c> (or a new
/// one, echoed back), tenant and user. Until API keys arrive every request works on the demo tenant.
/// </summary>
internal sealed class RequestContextMiddleware(RequestDelegate next, Microsoft.Extensions.Options.IOptions<PlatformOptions> options)
{
    public const string CorrelationHeader = "X-Correlation-Id";

    public Task InvokeAsync(HttpContext httpContext, RequestContext request)
    {
        if (Guid.TryParse(httpContext.Request.Headers[CorrelationHeader], out var correlationId))
        {
            request.CorrelationId = correlationId;
        }
        request.TenantId = options.Value.DemoTenant.Id;
        request.UserId = httpContext.User.Identity?.Name ?? "anonymous";
        httpContext.Response.Headers[CorrelationHeader] = request.CorrelationId.ToString();
        return next(httpContext);
    }
}
