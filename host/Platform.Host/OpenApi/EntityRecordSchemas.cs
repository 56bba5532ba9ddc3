using Microsoft.OpenApi;

namespace Platform.Host.OpenApi;

/// <summary>
/// The record and page schemas of every entity: a record is what its input accepts plus <c>id</c> and
/// <c>version</c>; a page holds records and the paging figures.
/// </summary>
internal static class EntityRecordSchemas
{
    public static void AddTo(OpenApiDocument document, IServiceProvider services)
    {
        var schemas = document.Components!.Schemas!;
        foreach (var (entity, names) in EntitySchemaNames.Of(services))
        {
            if (!schemas.TryGetValue(names.Input, out var input))
            {
                continue;
            }
            var properties = new Dictionary<string, IOpenApiSchema>
            {
                ["id"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid", Description = "The record's id." },
                ["version"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Description = "The record's version (its ETag's value); 1 on insert, +1 on every change." },
            };
            foreach (var (name, schema) in input.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                properties.TryAdd(name, schema);
            }
            schemas[names.Record] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = $"A stored `{entity}` record: the attributes it was written with (and those the pipeline set), its id and version.",
                Required = new HashSet<string> { "id" },
                Properties = properties,
            };
            schemas[names.Page] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = $"A page of `{entity}` records.",
                Required = new HashSet<string> { "items", "totalCount", "page", "pageSize" },
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["items"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchemaReference(names.Record, document) },
                    ["totalCount"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "Records matching the filters, on every page." },
                    ["page"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                    ["pageSize"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                },
            };
        }
    }
}
