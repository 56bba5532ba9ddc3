namespace Platform.Host.Pipeline;

/// <summary>Who is calling, for which tenant, under which correlation id. One per request scope.</summary>
public sealed class RequestContext
{
    /// <summary>The tenant the request works on.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>The calling user.</summary>
    public string UserId { get; set; } = "anonymous";

    /// <summary>Shared by every operation the request starts.</summary>
    public Guid CorrelationId { get; set; } = Guid.NewGuid();
}
