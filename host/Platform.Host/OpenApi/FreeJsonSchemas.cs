using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Platform.Host.OpenApi;

/// <summary>
/// Members typed as free JSON (<see cref="JsonElement"/>, <see cref="JsonNode"/>, <see cref="object"/>) would be
/// empty schemas. A module's settings (a body or a <c>settings</c> member) are an object of named values; any
/// other such member (a setting's default) is one JSON value of any type, said explicitly.
/// </summary>
internal sealed class FreeJsonSchemas : IOpenApiSchemaTransformer
{
    private const JsonSchemaType AnyValue =
        JsonSchemaType.Object | JsonSchemaType.Array | JsonSchemaType.String | JsonSchemaType.Number | JsonSchemaType.Integer | JsonSchemaType.Boolean | JsonSchemaType.Null;

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (schema.Type is not null || (type != typeof(JsonElement) && type != typeof(JsonNode) && type != typeof(object)))
        {
            return Task.CompletedTask;
        }
        if (context.JsonPropertyInfo is null || context.JsonPropertyInfo.Name == "settings")
        {
            schema.Type = JsonSchemaType.Object;
            schema.AdditionalPropertiesAllowed = true;
            schema.Description ??= "A module's settings: an object of setting names and their values (the module's settings schema says which).";
        }
        else
        {
            schema.Type = AnyValue;
            schema.Description ??= "Any JSON value.";
        }
        return Task.CompletedTask;
    }
}
