using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Platform.Sdk.Http;

namespace Platform.Host.OpenApi;

/// <summary>
/// Describes a body with <see cref="BodyVariants"/> as <c>oneOf</c> one schema per discriminator value
/// (with a <c>discriminator</c> mapping), each fixing the discriminator and the shaped member's schema;
/// the entity's record types the shaped member as <c>oneOf</c> the shapes.
/// </summary>
internal sealed class BodyVariantSchemas : IOpenApiDocumentTransformer
{
    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var schemas = document.Components!.Schemas!;
        var endpoints = context.ApplicationServices.GetRequiredService<EndpointDataSource>().Endpoints;
        var records = EntitySchemaNames.Of(context.ApplicationServices).Values.ToDictionary(n => n.Input, n => n.Record, StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<BodyVariants>() is not { } variants
                || endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType is not { } input
                || !done.Add(input.Name) || !schemas.TryGetValue(input.Name, out var original) || original is not OpenApiSchema common)
            {
                continue;
            }
            var shapes = new Dictionary<string, OpenApiSchemaReference>(StringComparer.Ordinal);
            foreach (var (value, type) in variants.Shapes)
            {
                if (!schemas.ContainsKey(type.Name))
                {
                    schemas[type.Name] = await context.GetOrCreateSchemaAsync(type, null, cancellationToken);
                }
                shapes[value] = new OpenApiSchemaReference(type.Name, document);
            }
            var commonName = input.Name + "Common";
            common.Properties?.Remove(variants.Discriminator);
            common.Properties?.Remove(variants.ShapedMember);
            common.Required?.Remove(variants.Discriminator);
            common.Required?.Remove(variants.ShapedMember);
            schemas[commonName] = common;
            var mapping = new Dictionary<string, OpenApiSchemaReference>(StringComparer.Ordinal);
            var oneOf = new List<IOpenApiSchema>();
            foreach (var (value, shape) in shapes)
            {
                var name = input.Name + value;
                schemas[name] = new OpenApiSchema
                {
                    Description = $"`{variants.Discriminator}` {value}: `{variants.ShapedMember}` is a {shape.Reference.Id}.",
                    AllOf =
                    [
                        new OpenApiSchemaReference(commonName, document),
                        new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Required = new HashSet<string> { variants.Discriminator, variants.ShapedMember },
                            Properties = new Dictionary<string, IOpenApiSchema>
                            {
                                [variants.Discriminator] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(value)] },
                                [variants.ShapedMember] = shape,
                            },
                        },
                    ],
                };
                var reference = new OpenApiSchemaReference(name, document);
                mapping[value] = reference;
                oneOf.Add(reference);
            }
            schemas[input.Name] = new OpenApiSchema
            {
                Description = common.Description ?? $"One schema per `{variants.Discriminator}`.",
                OneOf = oneOf,
                Discriminator = new OpenApiDiscriminator { PropertyName = variants.Discriminator, Mapping = mapping },
            };
            if (records.TryGetValue(input.Name, out var record) && schemas.TryGetValue(record, out var recordSchema) && recordSchema.Properties is { } recordProperties)
            {
                recordProperties[variants.ShapedMember] = new OpenApiSchema
                {
                    Description = $"Shaped by `{variants.Discriminator}`.",
                    OneOf = [.. shapes.Values],
                };
            }
        }
    }
}
