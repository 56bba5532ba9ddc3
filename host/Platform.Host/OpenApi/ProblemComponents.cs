using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Platform.Host.OpenApi;

/// <summary>
/// The problem-details shapes (RFC 9457) every error answers with, and one reusable response per status
/// the platform sends, so every operation refers to the same component instead of repeating it.
/// </summary>
internal static class ProblemComponents
{
    public const string ProblemSchema = "ProblemDetails";
    public const string ValidationProblemSchema = "ValidationProblemDetails";
    public const string ProblemMediaType = "application/problem+json";

    /// <summary>Status → (component name, description, validation shape?).</summary>
    public static readonly IReadOnlyDictionary<int, (string Name, string Description, bool Validation)> Responses = new Dictionary<int, (string, string, bool)>
    {
        [400] = ("BadRequest", "The input is not valid: `errors` names each field (JSON path or parameter) and the reason.", true),
        [401] = ("Unauthorized", "No API key, or the key is not valid, revoked or of a disabled principal.", false),
        [403] = ("Forbidden", "The caller lacks the permission (named in `permission` or `detail`), or the tenant is suspended.", false),
        [404] = ("NotFound", "The record, tenant, module or message does not exist (or its module is disabled for the tenant).", false),
        [409] = ("Conflict", "The write contradicts stored data: a duplicate key, a missing or still-used reference, a rule of the module.", false),
        [412] = ("PreconditionFailed", "`If-Match` names a version that is no longer stored: nothing was written.", false),
        [413] = ("PayloadTooLarge", "The request body is larger than the route's limit (`Platform:Http:MaxRequestBodyBytes`, 1 MB by default).", false),
        [415] = ("UnsupportedMediaType", "The body must be JSON (`Content-Type: application/json`).", false),
        [428] = ("PreconditionRequired", "The tenant requires `If-Match` on changes (Core's `RequireIfMatch`).", false),
        [429] = ("TooManyRequests", "The key's, tenant's or address's rate limit is spent; retry after `Retry-After` seconds.", false),
        [504] = ("GatewayTimeout", "The operation (or one of its pipeline steps) ran past its time limit and was rolled back.", false),
    };

    public static void AddTo(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Responses ??= new Dictionary<string, IOpenApiResponse>();
        document.Components.Schemas[ProblemSchema] = Problem();
        document.Components.Schemas[ValidationProblemSchema] = new OpenApiSchema
        {
            Description = "A problem with the fields that are not valid.",
            AllOf =
            [
                new OpenApiSchemaReference(ProblemSchema, document),
                new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "errors" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["errors"] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Description = "Field (a JSON path such as `lines[2].quantity`, a parameter or header name, or `$` for the whole body) → reasons.",
                            AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                        },
                    },
                },
            ],
        };
        foreach (var (status, (name, description, validation)) in Responses)
        {
            var response = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [ProblemMediaType] = new() { Schema = new OpenApiSchemaReference(validation ? ValidationProblemSchema : ProblemSchema, document) },
                },
            };
            if (status == 429)
            {
                response.Headers = new Dictionary<string, IOpenApiHeader>
                {
                    ["Retry-After"] = new OpenApiHeader
                    {
                        Description = "Seconds until the limit's window lets the caller in again.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0" },
                    },
                };
            }
            document.Components.Responses[name] = response;
        }
    }

    /// <summary>A reference to the shared response of a status.</summary>
    public static IOpenApiResponse Reference(int status, OpenApiDocument document) => new OpenApiResponseReference(Responses[status].Name, document);

    private static OpenApiSchema Problem() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "A problem (RFC 9457). Some problems add members, for example `permission` on a 403.",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A URI reference naming the kind of problem." },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A short summary of the kind of problem." },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status code." },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What went wrong with this request." },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request's path." },
            ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request's trace id, to find it in the logs." },
            ["permission"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "On a 403: the permission the caller lacks." },
        },
        Examples = [JsonNode.Parse("""{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.4","title":"Forbidden.","status":403,"permission":"pricing.write"}""")!],
    };
}
