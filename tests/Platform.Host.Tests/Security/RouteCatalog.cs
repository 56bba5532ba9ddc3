using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Security;

/// <summary>One HTTP route of the running host: method, pattern and the body type it accepts.</summary>
internal sealed record RouteInfo(string Method, RoutePattern Pattern, Type? BodyType)
{
    public override string ToString() => $"{Method} {Pattern.RawText}";

    /// <summary>The route's parameter names.</summary>
    public IEnumerable<string> Parameters => Pattern.Parameters.Select(p => p.Name);

    /// <summary>The path with each parameter replaced by a value.</summary>
    public string Path(Func<string, string> valueOf) =>
        "/" + string.Join("/", Pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => Uri.EscapeDataString(valueOf(parameter.Name)),
            RoutePatternSeparatorPart separator => separator.Content,
            _ => throw new InvalidOperationException($"Unexpected route part in {Pattern.RawText}"),
        }))));
}

/// <summary>Every route of the host (platform and every module), read from its endpoint data source.</summary>
internal static class RouteCatalog
{
    public static IReadOnlyList<RouteInfo> Of(TestPlatform platform) =>
        platform.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => new RouteInfo(m, e.RoutePattern, e.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType)))
            .Where(r => r.Method != "OPTIONS" && r.Method != "HEAD")
            .OrderBy(r => r.Pattern.RawText, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)
            .ToList();
}
