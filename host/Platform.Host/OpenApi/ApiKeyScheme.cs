using Microsoft.OpenApi;
using Platform.Host.Auth;

namespace Platform.Host.OpenApi;

/// <summary>The API key as an OpenAPI security scheme (what Swagger UI's Authorize button asks for).</summary>
internal static class ApiKeyScheme
{
    public const string Name = "ApiKey";

    public static void AddTo(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Name] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.HeaderName,
            Description = "An API key (`plk_…`) of a tenant's principal or of the platform administrator; `Authorization: Bearer plk_…` works too. "
                + "The embedded default writes the demo keys to `data/keys/`.",
        };
    }
}
