using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Platform.Host.Tests.Security;
using Xunit;

namespace Platform.Host.Tests.OpenApi;

/// <summary>
/// Every route of a host with every module, read from its endpoint data source, is in the document with a
/// summary, an operationId, a tag, the API key requirement (unless anonymous), 4xx problems (401 and 403 when
/// authenticated), typed schemas (no empty <c>{}</c>), and the list parameters on list routes.
/// </summary>
public sealed class OpenApiCompletenessTests(OpenApiHost host) : IClassFixture<OpenApiHost>
{
    /// <summary>The only operations a caller may use without a key.</summary>
    private static readonly HashSet<string> Anonymous = ["health.get", "health.live", "health.ready", "tenants.sign-in"];

    private static readonly string[] ListParameters = ["page", "pageSize", "sort", "filter"];

    /// <summary>Pages that are not entity lists: the jobs list filters by status and kind, not by the query language.</summary>
    private static readonly HashSet<string> NotEntityLists = ["jobs.list"];

    [Fact]
    public void Every_route_of_the_endpoint_data_source_is_described()
    {
        var described = Operations(host.Document).Select(o => $"{o.Method} {o.Path}").ToHashSet(StringComparer.Ordinal);
        var routes = RouteCatalog.Of(host.Platform)
            .Where(r => !r.Pattern.RawText!.StartsWith("/openapi", StringComparison.Ordinal) && r.Pattern.RawText != "/")
            .Select(r => $"{r.Method} {DocumentPath(r)}").Distinct().ToList();

        Assert.True(routes.Count >= 100, $"Only {routes.Count} routes were found.");
        Assert.Equal([], routes.Where(r => !described.Contains(r)).ToList());
    }

    [Fact]
    public void Every_operation_has_a_summary_an_operation_id_a_tag_and_its_security()
    {
        var missing = new List<string>();
        foreach (var (method, path, operation) in Operations(host.Document))
        {
            var id = operation["operationId"]?.GetValue<string>();
            Check(!string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()), "no summary");
            Check(!string.IsNullOrWhiteSpace(id), "no operationId");
            Check(operation["tags"]?.AsArray().Count > 0, "no tag");
            var keyed = operation["security"]?.AsArray().Any(r => r?["ApiKey"] is not null) == true;
            Check(Anonymous.Contains(id ?? "") ? !keyed : keyed, Anonymous.Contains(id ?? "") ? "asks for a key but is anonymous" : "no API key requirement");

            void Check(bool ok, string what)
            {
                if (!ok)
                {
                    missing.Add($"{method} {path}: {what}");
                }
            }
        }
        Assert.Empty(missing);
        Assert.Equal("header", host.Document["components"]!["securitySchemes"]!["ApiKey"]!["in"]!.GetValue<string>());
        Assert.Equal("X-Api-Key", host.Document["components"]!["securitySchemes"]!["ApiKey"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void Every_operation_declares_its_answers_with_problems_for_4xx()
    {
        var missing = new List<string>();
        foreach (var (method, path, operation) in Operations(host.Document))
        {
            var responses = operation["responses"]!.AsObject();
            var anonymous = Anonymous.Contains(operation["operationId"]!.GetValue<string>());
            if (!responses.Any(r => r.Key.StartsWith('2')))
            {
                missing.Add($"{method} {path}: no 2xx answer");
            }
            if (!path.StartsWith("/health", StringComparison.Ordinal) && !responses.Any(r => r.Key.StartsWith('4')))
            {
                missing.Add($"{method} {path}: no 4xx answer");
            }
            if (!anonymous && (responses["401"] is null || responses["403"] is null))
            {
                missing.Add($"{method} {path}: no 401/403");
            }
            foreach (var (status, response) in responses.Where(r => r.Key.StartsWith('4')))
            {
                if (response?["$ref"]?.GetValue<string>() is not { } reference || !reference.StartsWith("#/components/responses/", StringComparison.Ordinal))
                {
                    missing.Add($"{method} {path}: {status} is not a shared problem response");
                }
            }
            if (method == "POST" && operation["operationId"]!.GetValue<string>().EndsWith(".create", StringComparison.Ordinal) && responses["201"] is null)
            {
                missing.Add($"{method} {path}: a create without 201");
            }
        }
        Assert.Empty(missing);
        var problem = host.Document["components"]!["schemas"]!["ProblemDetails"]!["properties"]!.AsObject();
        Assert.All(new[] { "type", "title", "status", "detail" }, p => Assert.NotNull(problem[p]));
    }

    [Fact]
    public void No_schema_is_empty()
    {
        var empty = new List<string>();
        Walk(host.Document, "#", empty);
        Assert.Empty(empty);
    }

    [Fact]
    public void List_routes_declare_page_page_size_sort_and_filter_with_their_limits()
    {
        var lists = Operations(host.Document).Where(o => o.Operation["operationId"]!.GetValue<string>().EndsWith(".list", StringComparison.Ordinal)
            && !NotEntityLists.Contains(o.Operation["operationId"]!.GetValue<string>())
            && o.Operation["responses"]!["200"]?["content"]?["application/json"]?["schema"]?["$ref"]?.GetValue<string>()?.EndsWith("Page", StringComparison.Ordinal) == true).ToList();
        Assert.True(lists.Count >= 10, $"Only {lists.Count} entity list routes.");
        foreach (var (method, path, operation) in lists)
        {
            var parameters = operation["parameters"]!.AsArray().Where(p => p!["in"]!.GetValue<string>() == "query").ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!);
            Assert.All(ListParameters, name => Assert.True(parameters.ContainsKey(name), $"{method} {path} lacks {name}"));
            Assert.Equal(1, parameters["page"]["schema"]!["minimum"]!.GetValue<int>());
            Assert.Equal(500, parameters["pageSize"]["schema"]!["maximum"]!.GetValue<int>());
        }
    }

    [Fact]
    public void Promotion_parameters_are_one_of_the_kinds_by_discriminator()
    {
        var text = host.Text;
        var schemas = host.Document["components"]!["schemas"]!.AsObject();
        var promotions = schemas.Where(s => s.Value?["discriminator"]?["propertyName"]?.GetValue<string>() == "kind").ToList();
        Assert.NotEmpty(promotions);
        foreach (var (name, schema) in promotions)
        {
            var variants = schema!["oneOf"]!.AsArray();
            Assert.True(variants.Count >= 2, $"{name} has {variants.Count} variants");
            Assert.Equal(variants.Count, schema["discriminator"]!["mapping"]!.AsObject().Count);
        }
        Assert.Contains("\"kind\"", text, StringComparison.Ordinal);
    }

    private static void Walk(JsonNode? node, string pointer, List<string> empty)
    {
        if (node is JsonObject o)
        {
            foreach (var (key, value) in o)
            {
                var isSchema = key is "schema" or "items" || pointer.EndsWith("/properties", StringComparison.Ordinal) || pointer == "#/components/schemas";
                if (isSchema && value is JsonObject s && !s.Any(p => p.Key is "type" or "$ref" or "oneOf" or "anyOf" or "allOf" or "enum" or "const"))
                {
                    empty.Add($"{pointer}/{key}");
                }
                Walk(value, $"{pointer}/{key}", empty);
            }
        }
        else if (node is JsonArray a)
        {
            for (var i = 0; i < a.Count; i++)
            {
                Walk(a[i], $"{pointer}/{i}", empty);
            }
        }
    }

    private static string DocumentPath(RouteInfo route) =>
        "/" + string.Join("/", route.Pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
            _ => "?",
        }))));

    private static IEnumerable<(string Method, string Path, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject()
            .Where(m => m.Key is "get" or "post" or "put" or "patch" or "delete")
            .Select(m => (m.Key.ToUpperInvariant(), p.Key, m.Value!.AsObject())));
}
