using Platform.Host.Auth;
using Platform.Host.Auth.Permissions;

namespace Platform.Host.OpenApi;

/// <summary>The OpenAPI document (<c>/openapi/v1.json</c>) and Swagger UI (<c>/swagger</c>); see ADR 0024.</summary>
internal static class PlatformOpenApi
{
    public const string DocumentPath = "/openapi/v1.json";

    public static IServiceCollection AddPlatformOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddSchemaTransformer<FreeJsonSchemas>();
            options.AddOperationTransformer<OperationResponses>();
            // In this order: the records copy the inputs' members before the variants reshape them.
            options.AddDocumentTransformer<DocumentShape>();
            options.AddDocumentTransformer<BodyVariantSchemas>();
            options.AddDocumentTransformer<MessageSchemas>();
        });

    /// <summary>
    /// Swagger UI's page and assets, before authorization: a browser opens them without a key and sends one
    /// through Authorize. The document is anonymous too (ADR 0024): the Authorize button is built from it.
    /// </summary>
    public static void UseSwaggerPage(this WebApplication app) =>
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint(DocumentPath, "Platform API");
            o.RoutePrefix = "swagger";
            o.DocumentTitle = "Platform API";
            o.EnableTryItOutByDefault();
            o.DisplayOperationId();
            // Over 200 operations: Swagger UI renders an OpenAPI 3.1 document slowly when every tag is expanded
            // (it stalled in Chromium), so tags start collapsed, a filter box finds one, and links open an operation.
            o.DocExpansion(Swashbuckle.AspNetCore.SwaggerUI.DocExpansion.None);
            o.EnableFilter();
            o.EnableDeepLinking();
            o.DefaultModelsExpandDepth(0);
        });

    public static void MapPlatformOpenApiDocument(this WebApplication app) =>
        app.MapOpenApi(DocumentPath).AllowAnonymous();
}
