using Platform.Sdk.Http;

namespace Platform.Host.Api;

/// <summary>
/// Headers on every response: <c>X-Content-Type-Options: nosniff</c>, and <c>Cache-Control: no-store</c> when
/// the response carries a secret (routes marked <see cref="NoStore"/>) or personal data (the endpoints of
/// an entity with personal fields, see <see cref="PersonalDataEntities"/>).
/// </summary>
internal sealed class ResponseHeadersMiddleware(RequestDelegate next, PersonalDataEntities personal)
{
    public Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        var secret = endpoint?.Metadata.GetMetadata<NoStore>() is not null;
        var entity = endpoint?.Metadata.GetMetadata<EntityEndpoints.EntityEndpointMetadata>();
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            // Decided when the response starts: by then the request knows its tenant (personal data needs one).
            if (secret || (entity is not null && personal.Contains(entity.EntityName, context.RequestServices)))
            {
                headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}

/// <summary>Marks a route whose response carries a secret: it is sent with <c>Cache-Control: no-store</c>.</summary>
internal sealed class NoStore
{
    public static readonly NoStore Instance = new();
}
