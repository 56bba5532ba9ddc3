using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Metadata;

namespace Platform.Sdk.Http;

/// <summary>
/// The most bytes a route's request body may hold, when it needs more (or less) than the host's default
/// (<c>Platform:Http:MaxRequestBodyBytes</c>, 1 MB). A larger body is answered 413 before it is read.
/// </summary>
/// <param name="MaxRequestBodySize">Bytes.</param>
public sealed record RequestBodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;

/// <summary>Sets a route's request body limit.</summary>
public static class RequestBodyLimitExtensions
{
    /// <summary>Limits the request body of the endpoints to <paramref name="bytes"/>.</summary>
    public static TBuilder WithRequestBodyLimit<TBuilder>(this TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bytes);
        return builder.WithMetadata(new RequestBodyLimit(bytes));
    }
}
