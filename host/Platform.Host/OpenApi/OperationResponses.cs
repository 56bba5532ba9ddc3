using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Platform.Sdk.Http;

namespace Platform.Host.OpenApi;

/// <summary>
/// Completes each operation from its endpoint's metadata: the API key requirement (none for anonymous
/// routes), the 4xx/5xx problems it can answer, path parameters the handler does not bind, and the
/// version headers (<c>ETag</c>, <c>If-Match</c>) and list parameters of entity routes.
/// </summary>
internal sealed class OperationResponses : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var method = description.HttpMethod ?? "GET";
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var entity = metadata.OfType<EntityEndpoints.EntityEndpointMetadata>().LastOrDefault();
        var pathParameters = PathParameters(description.RelativePath);
        AddMissingPathParameters(operation, pathParameters);
        DocumentedQueryParameters.Add(operation, metadata.OfType<QueryParameterDoc>());

        operation.Security = anonymous
            ? [new OpenApiSecurityRequirement()]
            : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme.Name, document)] = [] }];

        var hasBody = operation.RequestBody is not null;
        var writes = method is not "GET";
        var statuses = new SortedSet<int>();
        if (!anonymous)
        {
            statuses.UnionWith([401, 403]);
        }
        if (!metadata.OfType<DisableRateLimitingAttribute>().Any())
        {
            statuses.Add(429);
        }
        if (hasBody || operation.Parameters is { Count: > 0 })
        {
            statuses.Add(400);
        }
        if (pathParameters.Count > 0)
        {
            statuses.Add(404);
        }
        if (hasBody)
        {
            statuses.UnionWith([413, 415]);
        }
        if (writes && !anonymous)
        {
            statuses.Add(409);
        }
        if (writes && (entity is not null || metadata.OfType<ModuleRoute>().Any() || metadata.OfType<PipelineRoute>().Any()))
        {
            statuses.Add(504);
        }
        var conditional = entity is not null && method is "PATCH" or "DELETE";
        if (conditional)
        {
            statuses.UnionWith([412, 428]);
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Description = "Write only if the record's version is still this ETag (`\"3\"`), or `*` for any stored version. A stale tag answers 412.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                Example = "\"1\"",
            });
        }
        operation.Responses ??= [];
        foreach (var status in statuses)
        {
            operation.Responses.TryAdd(status.ToString(System.Globalization.CultureInfo.InvariantCulture), ProblemComponents.Reference(status, document));
        }
        if (entity is not null)
        {
            EntityOperationShapes.Apply(operation, method, entity.EntityName, document, context.ApplicationServices);
        }
        return Task.CompletedTask;
    }

    private static List<string> PathParameters(string? relativePath) =>
        [.. (relativePath ?? "").Split('/').Where(s => s.StartsWith('{') && s.EndsWith('}'))
            .Select(s => s.Trim('{', '}').TrimStart('*').Split(':', '=', '?')[0])];

    /// <summary>A route parameter the handler does not bind (a group's <c>{tenantId}</c>) is still a required path parameter.</summary>
    private static void AddMissingPathParameters(OpenApiOperation operation, List<string> names)
    {
        foreach (var name in names)
        {
            if (operation.Parameters?.Any(p => p.In == ParameterLocation.Path && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) == true)
            {
                continue;
            }
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Path,
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
    }
}

/// <summary>Marks the endpoints of a module (mapped by the host): their writes run through the pipeline, under its time limit.</summary>
/// <param name="ModuleId">The module's id.</param>
internal sealed record ModuleRoute(string ModuleId);

/// <summary>Marks a platform endpoint whose work runs through the pipeline (and so under its operation time limit).</summary>
internal sealed record PipelineRoute;

/// <summary>Query parameters handlers read themselves, described from their <see cref="QueryParameterDoc"/>.</summary>
internal static class DocumentedQueryParameters
{
    public static void Add(OpenApiOperation operation, IEnumerable<QueryParameterDoc> parameters)
    {
        foreach (var parameter in parameters)
        {
            operation.Parameters ??= [];
            // A parameter the handler also binds (and the generator found) is replaced by its description.
            operation.Parameters.Remove(operation.Parameters.FirstOrDefault(p => p.In == ParameterLocation.Query && p.Name == parameter.Name)!);
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = parameter.Name,
                In = ParameterLocation.Query,
                Description = parameter.Description,
                Schema = SchemaOf(Nullable.GetUnderlyingType(parameter.ValueType) ?? parameter.ValueType),
            });
        }
    }

    private static OpenApiSchema SchemaOf(Type type) => type switch
    {
        _ when type.IsEnum => new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. Enum.GetNames(type).Select(n => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(n)!)] },
        _ when type == typeof(int) => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
        _ when type == typeof(long) => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64" },
        _ when type == typeof(decimal) || type == typeof(double) => new OpenApiSchema { Type = JsonSchemaType.Number },
        _ when type == typeof(Guid) => new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" },
        _ when type == typeof(DateTimeOffset) => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" },
        _ when type == typeof(bool) => new OpenApiSchema { Type = JsonSchemaType.Boolean },
        _ => new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
