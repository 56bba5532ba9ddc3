using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Platform.Host.Api;

/// <summary>
/// Applies the route's request body limit (its <see cref="IRequestSizeLimitMetadata"/>, else
/// <see cref="HttpLimitOptions.MaxRequestBodyBytes"/>): a declared length beyond it is refused at once with
/// 413, and the server stops reading a body without a declared length at the limit (Kestrel answers 413).
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<HttpLimitOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? options.Value.MaxRequestBodyBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
        if (context.Request.ContentLength > limit)
        {
            throw new BadHttpRequestException($"The body has {context.Request.ContentLength} bytes; this route accepts at most {limit}.", StatusCodes.Status413PayloadTooLarge);
        }
        return next(context);
    }
}
