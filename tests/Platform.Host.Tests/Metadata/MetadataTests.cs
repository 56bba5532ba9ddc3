using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Host.Tests.OpenApi;
using Xunit;

namespace Platform.Host.Tests.Metadata;

/// <summary>
/// <c>GET /api/metadata</c> on a host with every real module: entities with owner, route, permissions,
/// attributes (type, required, lengths, enums, personal and sensitive, computed) and relationships, and custom
/// messages with their permission and shapes; it agrees with validation and with the OpenAPI document.
/// </summary>
public sealed class MetadataTests(OpenApiHost host) : IClassFixture<OpenApiHost>
{
    [Fact]
    public async Task Core_entities_are_described_with_their_attributes_and_relationships()
    {
        var metadata = await ReadAsync(host.Platform.Client);
        var customer = Entity(metadata, "platform.core/customer");
        Assert.Equal("platform.core", customer["module"]!.GetValue<string>());
        Assert.Equal("/api/core/customers", customer["route"]!.GetValue<string>());
        Assert.Equal("core.read", customer["permissions"]!["read"]!.GetValue<string>());

        var code = Attribute(customer, "code");
        Assert.Equal(("string", true, 40), (code["type"]!.GetValue<string>(), code["required"]!.GetValue<bool>(), code["maxLength"]!.GetValue<int>()));
        Assert.Equal("enum", Attribute(customer, "size")["type"]!.GetValue<string>());
        Assert.Equal(["Small", "Medium", "Large", "Enterprise"], Attribute(customer, "size")["enumValues"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray());
        Assert.True(Attribute(customer, "idNumber")["personal"]!.GetValue<bool>());
        Assert.True(Attribute(customer, "idNumber")["sensitive"]!.GetValue<bool>());
        Assert.True(Attribute(customer, "phone")["personal"]!.GetValue<bool>());
        Assert.False(Attribute(customer, "phone")["sensitive"]!.GetValue<bool>());
        Assert.False(Attribute(customer, "industry")["personal"]!.GetValue<bool>());
        Assert.True(Attribute(customer, "createdAt")["computed"]!.GetValue<bool>());
        Assert.False(Attribute(customer, "name")["computed"]!.GetValue<bool>());
        Assert.Contains(Relationships(customer), r => r == ("regionId", "lookup", "platform.core/region"));

        var order = Entity(metadata, "platform.core/order");
        Assert.True(Attribute(order, "totalAmount")["computed"]!.GetValue<bool>());
        Assert.Equal("decimal", Attribute(order, "totalAmount")["type"]!.GetValue<string>());
        Assert.Equal("array", Attribute(order, "lines")["type"]!.GetValue<string>());
        Assert.Contains(Attribute(order, "lines")["members"]!.AsArray(), m => m!["name"]!.GetValue<string>() == "quantity");
        Assert.Contains(Relationships(order), r => r == ("lines", "children", "platform.core/orderline"));
        Assert.Contains(Relationships(order), r => r == ("repId", "lookup", "platform.core/salesrep"));
        Assert.Contains(Relationships(order), r => r == ("customerId", "lookup", "platform.core/customer"));

        var line = Entity(metadata, "platform.core/orderline");
        Assert.True(Attribute(line, "orderedAt")["computed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Every_id_attribute_of_every_entity_names_the_entity_it_refers_to()
    {
        var metadata = await ReadAsync(host.Platform.Client);
        var unresolved = new List<string>();
        foreach (var entity in metadata["entities"]!.AsArray().Where(e => e!["module"]!.GetValue<string>().StartsWith("platform.", StringComparison.Ordinal)))
        {
            var related = Relationships(entity!).Select(r => r.Attribute).ToHashSet();
            unresolved.AddRange(entity!["attributes"]!.AsArray()
                .Where(a => a!["type"]!.GetValue<string>() == "uuid" && a["name"]!.GetValue<string>() is var n && n != "id" && n.EndsWith("Id", StringComparison.Ordinal) && !related.Contains(n))
                .Select(a => $"{entity["qualifiedName"]}.{a!["name"]}"));
        }
        Assert.Equal([], unresolved);
    }

    [Fact]
    public async Task Custom_messages_are_described_with_their_permission_and_shapes()
    {
        var metadata = await ReadAsync(host.Platform.Client);
        var quote = metadata["messages"]!.AsArray().Single(m => m!["qualifiedName"]!.GetValue<string>() == "platform.pricing/pricing.quote")!;
        Assert.False(string.IsNullOrWhiteSpace(quote["permission"]!.GetValue<string>()));
        var channel = quote["request"]!.AsArray().Single(a => a!["name"]!.GetValue<string>() == "channel")!;
        Assert.True(channel["required"]!.GetValue<bool>());
        Assert.NotNull(channel["pattern"]);
        Assert.NotEmpty(quote["response"]!.AsArray());
    }

    /// <summary>Validation and metadata read the same annotations: one character past each declared maximum is a 400 naming that attribute.</summary>
    [Fact]
    public async Task Every_declared_maximum_length_is_the_one_validation_enforces()
    {
        var metadata = await ReadAsync(host.Platform.Client);
        var checkedCount = 0;
        var disagreements = new List<string>();
        foreach (var entity in metadata["entities"]!.AsArray().Where(e => e!["route"] is not null && e["module"]!.GetValue<string>().StartsWith("platform.", StringComparison.Ordinal)))
        {
            foreach (var attribute in entity!["attributes"]!.AsArray().Where(a => a!["type"]!.GetValue<string>() == "string" && a["maxLength"] is not null && !a["computed"]!.GetValue<bool>()))
            {
                var name = attribute!["name"]!.GetValue<string>();
                var max = attribute["maxLength"]!.GetValue<int>();
                using var response = await host.Platform.Client.PostAsync(entity["route"]!.GetValue<string>(),
                    JsonContent.Create(new JsonObject { [name] = new string('7', max + 1) }));
                var errors = response.StatusCode == HttpStatusCode.BadRequest
                    ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
                    : default;
                if (errors.ValueKind != JsonValueKind.Object || !errors.TryGetProperty(name, out _))
                {
                    disagreements.Add($"{entity["qualifiedName"]}.{name} (max {max}): {(int)response.StatusCode}");
                }
                checkedCount++;
            }
        }
        Assert.True(checkedCount >= 20, $"Only {checkedCount} attributes with a maximum length.");
        Assert.Equal([], disagreements);
    }

    [Fact]
    public async Task The_openapi_input_schemas_agree_with_the_metadata()
    {
        var metadata = await ReadAsync(host.Platform.Client);
        var schemas = host.Document["components"]!["schemas"]!.AsObject();
        var inputs = host.Document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Where(m => m.Key == "post").Select(m => (Path: p.Key, Operation: m.Value!)))
            .Where(o => o.Operation["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"] is not null)
            .ToDictionary(o => o.Path, o => o.Operation["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>().Split('/')[^1]);
        var compared = 0;
        var disagreements = new List<string>();
        foreach (var entity in metadata["entities"]!.AsArray().Where(e => e!["route"] is not null))
        {
            if (!inputs.TryGetValue(entity!["route"]!.GetValue<string>(), out var schemaName))
            {
                continue;
            }
            var (properties, required) = Flatten(schemas[schemaName]!, schemas);
            foreach (var attribute in entity["attributes"]!.AsArray().Where(a => !a!["computed"]!.GetValue<bool>()))
            {
                var name = attribute!["name"]!.GetValue<string>();
                var property = properties.GetValueOrDefault(name);
                if (property is null)
                {
                    disagreements.Add($"{schemaName}.{name}: not in the document");
                    continue;
                }
                if (required.Contains(name) != attribute["required"]!.GetValue<bool>())
                {
                    disagreements.Add($"{schemaName}.{name}: required differs");
                }
                if (attribute["maxLength"] is { } max && property["maxLength"]?.GetValue<int>() != max.GetValue<int>())
                {
                    disagreements.Add($"{schemaName}.{name}: maxLength {max} vs {property["maxLength"]}");
                }
                compared++;
            }
        }
        Assert.True(compared >= 50, $"Only {compared} attributes compared.");
        Assert.Equal([], disagreements);
    }

    [Fact]
    public async Task A_tenant_sees_only_its_enabled_modules_and_one_entity_is_readable_by_name()
    {
        var created = await host.Platform.PlatformAdminClient.PostAsJsonAsync("/api/tenants", new { id = "metaonly", name = "Core only", modules = new[] { "platform.core" } });
        created.EnsureSuccessStatusCode();
        var coreOnly = host.Platform.ClientWithKey((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("adminKey").GetProperty("key").GetString());

        var metadata = await ReadAsync(coreOnly);
        Assert.Contains(metadata["entities"]!.AsArray(), e => e!["qualifiedName"]!.GetValue<string>() == "platform.core/customer");
        Assert.DoesNotContain(metadata["entities"]!.AsArray(), e => e!["module"]!.GetValue<string>() == "platform.pricing");
        Assert.DoesNotContain(metadata["messages"]!.AsArray(), m => m!["module"]!.GetValue<string>() == "platform.pricing");

        var one = await coreOnly.GetFromJsonAsync<JsonObject>("/api/metadata/entities/customer");
        Assert.Equal("platform.core/customer", one!["qualifiedName"]!.GetValue<string>());
        using var pricing = await coreOnly.GetAsync("/api/metadata/entities/platform.pricing/promotion");
        Assert.Equal(HttpStatusCode.NotFound, pricing.StatusCode);
        Assert.Equal("application/problem+json", pricing.Content.Headers.ContentType?.MediaType);
        using var platform = await host.Platform.PlatformAdminClient.GetAsync("/api/metadata");
        Assert.Equal(HttpStatusCode.Forbidden, platform.StatusCode);
        using var anonymous = await host.Platform.AnonymousClient().GetAsync("/api/metadata");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    /// <summary>A schema's members and required names, through <c>$ref</c>, <c>allOf</c> and the first <c>oneOf</c> variant (promotion kinds share every member but <c>parameters</c>).</summary>
    private static (Dictionary<string, JsonNode> Properties, HashSet<string> Required) Flatten(JsonNode schema, JsonObject schemas)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            return Flatten(schemas[reference.Split('/')[^1]]!, schemas);
        }
        var properties = schema["properties"]?.AsObject().ToDictionary(p => p.Key, p => p.Value!) ?? [];
        var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
        foreach (var part in (schema["allOf"]?.AsArray() ?? []).Concat(schema["oneOf"]?.AsArray().Take(1) ?? []))
        {
            var (more, needed) = Flatten(part!, schemas);
            foreach (var (name, value) in more)
            {
                properties.TryAdd(name, value);
            }
            required.UnionWith(needed);
        }
        return (properties, required);
    }

    private static async Task<JsonObject> ReadAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/metadata");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static JsonNode Entity(JsonObject metadata, string qualifiedName) =>
        metadata["entities"]!.AsArray().SingleOrDefault(e => e!["qualifiedName"]!.GetValue<string>() == qualifiedName)
        ?? throw new Xunit.Sdk.XunitException($"No entity {qualifiedName} in the metadata.");

    private static JsonNode Attribute(JsonNode entity, string name) =>
        entity["attributes"]!.AsArray().SingleOrDefault(a => a!["name"]!.GetValue<string>() == name)
        ?? throw new Xunit.Sdk.XunitException($"No attribute {name} on {entity["qualifiedName"]}.");

    private static List<(string Attribute, string Kind, string Entity)> Relationships(JsonNode entity) =>
        [.. entity["relationships"]!.AsArray().Select(r => (r!["attribute"]!.GetValue<string>(), r["kind"]!.GetValue<string>(), r["entity"]!.GetValue<string>()))];
}
