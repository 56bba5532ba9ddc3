using System.ComponentModel.DataAnnotations;

namespace Platform.Host.Api;

/// <summary>HTTP limits (section <c>Platform:Http</c>).</summary>
public sealed class HttpLimitOptions
{
    /// <summary>The most bytes a request body may hold unless its route sets its own limit (<c>WithRequestBodyLimit</c>).</summary>
    [Range(1, long.MaxValue)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
