using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Platform.Host.Pipeline;

namespace Platform.Host.OpenApi;

/// <summary>
/// Types <c>POST /api/messages/{name}</c>: <c>name</c> lists every registered message (qualified and
/// unqualified), the body is <c>oneOf</c> the messages' request schemas and the answer <c>oneOf</c> their responses.
/// </summary>
internal sealed class MessageSchemas : IOpenApiDocumentTransformer
{
    public const string OperationId = "messages.execute";

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var operation = document.Paths.Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()).FirstOrDefault(o => o.OperationId == OperationId);
        var messages = context.ApplicationServices.GetRequiredService<PipelineRegistry>().Messages.Values
            .OrderBy(m => m.QualifiedName, StringComparer.Ordinal).ToList();
        if (operation is null || messages.Count == 0)
        {
            return;
        }
        var requests = new List<IOpenApiSchema>();
        var responses = new List<IOpenApiSchema>();
        foreach (var message in messages)
        {
            requests.Add(await ComponentAsync(message.RequestType, document, context, cancellationToken));
            responses.Add(await ComponentAsync(message.ResponseType, document, context, cancellationToken));
        }
        operation.Description = "Runs a custom message through the pipeline. The body is the request of the message `name` names: "
            + string.Join("; ", messages.Select(m => $"`{m.QualifiedName}` takes a {m.RequestType.Name} and answers a {m.ResponseType.Name}")) + ".";
        if (operation.Parameters?.FirstOrDefault(p => p.Name == "name") is OpenApiParameter name)
        {
            name.Description = "The message, qualified (`platform.pricing/pricing.quote`) or unqualified when one enabled module owns it.";
            name.Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [.. messages.SelectMany(m => new[] { m.QualifiedName, m.MessageName }).Distinct(StringComparer.Ordinal).Select(n => (JsonNode)JsonValue.Create(n)!)],
            };
        }
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = new OpenApiSchema { OneOf = [.. requests.DistinctBy(Id)] } } },
        };
        operation.Responses ??= [];
        operation.Responses["200"] = new OpenApiResponse
        {
            Description = "The message's response.",
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = new OpenApiSchema { OneOf = [.. responses.DistinctBy(Id)] } } },
        };
    }

    private static string Id(IOpenApiSchema schema) => schema is OpenApiSchemaReference reference ? reference.Reference.Id ?? "" : "";

    private static async Task<IOpenApiSchema> ComponentAsync(Type type, OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        var schemas = document.Components!.Schemas!;
        if (!schemas.ContainsKey(type.Name))
        {
            schemas[type.Name] = await context.GetOrCreateSchemaAsync(type, null, ct);
        }
        return new OpenApiSchemaReference(type.Name, document);
    }
}
