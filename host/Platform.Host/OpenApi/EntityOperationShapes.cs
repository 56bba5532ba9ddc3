using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.OpenApi;
using Platform.Sdk.Data;
using Platform.Sdk.Http;

namespace Platform.Host.OpenApi;

/// <summary>
/// The shapes of the generic entity routes (<see cref="EntityEndpoints"/>), per entity: the record and page
/// schemas they answer, <c>ETag</c>/<c>Location</c> headers, and a list's <c>page</c>, <c>pageSize</c>, <c>sort</c>, <c>filter</c>.
/// </summary>
internal static class EntityOperationShapes
{
    public static void Apply(OpenApiOperation operation, string method, string entityName, OpenApiDocument document, IServiceProvider services)
    {
        var names = EntitySchemaNames.Of(services).GetValueOrDefault(entityName);
        if (names is null)
        {
            return;
        }
        var isList = operation.OperationId?.EndsWith(".list", StringComparison.Ordinal) == true;
        operation.Responses ??= [];
        switch (method)
        {
            case "GET" when isList:
                AddListParameters(operation);
                operation.Responses["200"] = Json("A page of records, each with its `version`.", names.Page, document);
                break;
            case "GET":
                operation.Responses["200"] = Json("The record; `ETag` is its version.", names.Record, document, etag: true);
                break;
            case "POST":
                operation.Responses.Remove("200");
                operation.Responses["201"] = Json("Created: the stored record (with the values the pipeline set); `Location` is its URL.", names.Record, document, etag: true, location: true);
                break;
            case "PATCH":
                operation.Responses["200"] = Json("The record as stored after the change; `ETag` is its new version.", names.Record, document, etag: true);
                break;
            case "DELETE":
                operation.Responses.Remove("200");
                operation.Responses["204"] = new OpenApiResponse { Description = "Deleted." };
                break;
        }
    }

    private static OpenApiResponse Json(string description, string schema, OpenApiDocument document, bool etag = false, bool location = false)
    {
        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = new OpenApiSchemaReference(schema, document) } },
        };
        if (etag || location)
        {
            response.Headers = new Dictionary<string, IOpenApiHeader>();
            if (etag)
            {
                response.Headers["ETag"] = new OpenApiHeader
                {
                    Description = "The record's version as a strong tag (`\"3\"`); send it back in `If-Match`.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
            if (location)
            {
                response.Headers["Location"] = new OpenApiHeader { Description = "The new record's URL.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            }
        }
        return response;
    }

    private static void AddListParameters(OpenApiOperation operation)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "page",
            In = ParameterLocation.Query,
            Description = $"The page, from 1; `(page − 1) × pageSize` is at most {QueryRequest.MaxRowOffset}.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Default = JsonValue.Create(1) },
        });
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "pageSize",
            In = ParameterLocation.Query,
            Description = $"Records per page, 1 to {QueryRequest.MaxPageSize}.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = QueryRequest.MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), Default = JsonValue.Create(50) },
        });
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "sort",
            In = ParameterLocation.Query,
            // No example value: Swagger UI's "Try it out" would send it, and no one attribute exists on every entity.
            Description = "Attributes to sort by, comma-separated; `-` before one sorts it descending (for example `name,-id`).",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "filter",
            In = ParameterLocation.Query,
            Description = "Repeatable `attribute op value` (for example `name contains Li`); op is one of eq, ne, gt, ge, lt, le, contains, in (comma-separated values). All filters must hold.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            Style = ParameterStyle.Form,
            Explode = true,
        });
    }
}

/// <summary>The component names of an entity's input, record and page schemas.</summary>
/// <param name="Input">The input class's schema (what create and update accept).</param>
/// <param name="Record">What a read answers.</param>
/// <param name="Page">What a list answers.</param>
internal sealed record EntitySchemaNames(string Input, string Record, string Page)
{
    /// <summary>Every mapped entity's names, from its create endpoint's input type (read once from the endpoints).</summary>
    public static IReadOnlyDictionary<string, EntitySchemaNames> Of(IServiceProvider services)
    {
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints;
        var names = new Dictionary<string, EntitySchemaNames>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<EntityEndpoints.EntityEndpointMetadata>() is { } entity
                && endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType is { } input)
            {
                var record = input.Name.EndsWith("Input", StringComparison.Ordinal) ? input.Name[..^"Input".Length] : input.Name + "Record";
                names.TryAdd(entity.EntityName, new EntitySchemaNames(input.Name, record, record + "Page"));
            }
        }
        return names;
    }
}
