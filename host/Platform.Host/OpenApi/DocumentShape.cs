using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Platform.Host.Modules;
using Platform.Host.Pipeline;

namespace Platform.Host.OpenApi;

/// <summary>
/// The document-wide parts: info, the server, the API key scheme, the problem components, a description for
/// every tag, the record and page schemas of every entity, and the anonymous health routes (health-check
/// endpoints are not route handlers, so the generator does not see them).
/// </summary>
internal sealed class DocumentShape : IOpenApiDocumentTransformer
{
    private static readonly Dictionary<string, string> PlatformTags = new(StringComparer.Ordinal)
    {
        ["platform"] = "The host itself: installed modules, pipeline traces, custom messages.",
        ["tenants"] = "Tenants, the modules enabled for them, their settings, time zone and API keys.",
        ["access"] = "A tenant's people and service accounts, roles, declared permissions, and local sign-in.",
        ["jobs"] = "The tenant's system jobs: asynchronous steps, recurring and one-off jobs.",
        ["health"] = "Liveness and readiness, without a key.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Platform API",
            Version = document.Info?.Version ?? "1.0.0",
            Description = "The platform's REST API: every route of the host and of its installed modules. Send an API key in `X-Api-Key`.",
            License = new OpenApiLicense { Name = "Proprietary", Identifier = "LicenseRef-Proprietary" },
        };
        document.Servers = [new OpenApiServer { Url = "/", Description = "This host." }];
        ApiKeyScheme.AddTo(document);
        ProblemComponents.AddTo(document);
        EntityRecordSchemas.AddTo(document, context.ApplicationServices);
        HealthPaths.AddTo(document);
        DescribeTags(document, context.ApplicationServices.GetRequiredService<ModuleCatalog>(), context.ApplicationServices.GetRequiredService<PipelineRegistry>());
        return Task.CompletedTask;
    }

    private static string Describe(string tag, Dictionary<string, string> entities, ModuleCatalog catalog)
    {
        if (PlatformTags.TryGetValue(tag, out var text))
        {
            return text;
        }
        if (entities.TryGetValue(tag, out var module))
        {
            return $"Records of the entity `{tag}` ({module}): list, read, create, update, delete.";
        }
        return catalog.Modules.FirstOrDefault(m => m.Id.EndsWith("." + tag, StringComparison.Ordinal)) is { } owner
            ? $"{owner.Manifest.DisplayName}: the module's own routes."
            : throw new InvalidOperationException($"The OpenAPI tag '{tag}' has no description: add it to {nameof(DocumentShape)}.");
    }

    private static void DescribeTags(OpenApiDocument document, ModuleCatalog catalog, PipelineRegistry registry)
    {
        var used = document.Paths.Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()).SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(t => t.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        used.Add("health");
        var entities = registry.Entities.Values.ToDictionary(e => e.EntityName, e => e.Module.Manifest.DisplayName, StringComparer.Ordinal);
        document.Tags = new HashSet<OpenApiTag>(used.Order(StringComparer.Ordinal).Select(name => new OpenApiTag
        {
            Name = name,
            Description = Describe(name, entities, catalog),
        }));
    }
}

/// <summary>The health routes, described by hand (they are health-check endpoints, not route handlers).</summary>
internal static class HealthPaths
{
    public static void AddTo(OpenApiDocument document)
    {
        document.Components!.Schemas!["HealthReport"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string> { "status", "checks" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("Healthy"), JsonValue.Create("Degraded"), JsonValue.Create("Unhealthy")] },
                ["checks"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Items = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["name"] = new OpenApiSchema { Type = JsonSchemaType.String },
                            ["status"] = new OpenApiSchema { Type = JsonSchemaType.String },
                            ["description"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                        },
                    },
                },
            },
        };
        Add(document, "/health", "health.get", "Is the host up (liveness)", ready: false);
        Add(document, "/health/live", "health.live", "Is the process serving requests (liveness)", ready: false);
        Add(document, "/health/ready", "health.ready", "Are the catalog database and the modules ready (readiness)", ready: true);
    }

    private static void Add(OpenApiDocument document, string path, string id, string summary, bool ready)
    {
        var responses = new OpenApiResponses();
        if (ready)
        {
            var report = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = new OpenApiSchemaReference("HealthReport", document) } };
            responses["200"] = new OpenApiResponse { Description = "Ready (`Healthy`), or `Degraded` naming a faulted module.", Content = report };
            responses["503"] = new OpenApiResponse { Description = "Not ready: the catalog database does not answer or the modules have not started.", Content = report };
        }
        else
        {
            var text = new Dictionary<string, OpenApiMediaType> { ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("Healthy")] } } };
            responses["200"] = new OpenApiResponse { Description = "The host is up.", Content = text };
        }
        var item = new OpenApiPathItem();
        item.AddOperation(HttpMethod.Get, new OpenApiOperation
        {
            OperationId = id,
            Summary = summary,
            Tags = new HashSet<OpenApiTagReference> { new("health", document) },
            Security = [new OpenApiSecurityRequirement()],
            Responses = responses,
        });
        document.Paths[path] = item;
    }
}
