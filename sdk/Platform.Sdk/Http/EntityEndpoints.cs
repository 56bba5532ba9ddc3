using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Data;

namespace Platform.Sdk.Http;

/// <summary>
/// Maps the REST endpoints of one entity: list (paging, sorting, filters), read, create, partial update
/// and delete, all through <see cref="IDataService"/> and so through the pipeline.
/// Input is validated against the input class's data annotations; bad input answers 400
/// with a problem response naming each field.
/// </summary>
public static class EntityEndpoints
{
    /// <summary>
    /// JSON rules for input: camelCase, unknown members refused, nullable annotations respected, numbers only
    /// as JSON numbers, enums only by name, date-times only with an offset (see also <see cref="StrictJson"/>).
    /// </summary>
    public static readonly JsonSerializerOptions InputJson = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        NumberHandling = JsonNumberHandling.Strict,
        Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false), new StrictJson.DateTimeOffsetWithOffsetConverter() },
    };

    /// <summary>
    /// Maps <c>GET route</c>, <c>GET route/{id}</c>, <c>POST route</c>, <c>PATCH route/{id}</c>, <c>DELETE route/{id}</c>,
    /// each requiring its entity operation (<c>&lt;entity&gt;.read|create|update|delete</c>, or the manifest permission covering it).
    /// </summary>
    public static RouteGroupBuilder MapEntityEndpoints<TInput>(this IEndpointRouteBuilder endpoints, string route, string entityName)
        where TInput : class
    {
        var group = endpoints.MapGroup(route).WithTags(entityName);
        group.MapGet("/", (HttpRequest request, [FromServices] IDataService data, CancellationToken ct) => ListAsync(request, entityName, data, ct))
            .WithName($"{entityName}.list").WithSummary($"List {entityName} records").RequirePermission(PermissionEndpoints.EntityOperation(entityName, EntityOperations.Read));
        group.MapGet("/{id:guid}", async (Guid id, HttpResponse response, [FromServices] IDataService data, CancellationToken ct) =>
            await data.RetrieveAsync(entityName, id, ct) is { } entity ? Record(response, entity) : NotFound(entityName, id))
            .WithName($"{entityName}.get").WithSummary($"Read a {entityName} record").RequirePermission(PermissionEndpoints.EntityOperation(entityName, EntityOperations.Read));
        group.MapPost("/", (HttpRequest request, [FromServices] IDataService data, CancellationToken ct) => CreateAsync<TInput>(request, route, entityName, data, ct))
            .Accepts<TInput>("application/json").WithName($"{entityName}.create").WithSummary($"Create a {entityName} record")
            .RequirePermission(PermissionEndpoints.EntityOperation(entityName, EntityOperations.Create));
        group.MapPatch("/{id:guid}", (Guid id, HttpRequest request, [FromServices] IDataService data, CancellationToken ct) => UpdateAsync<TInput>(id, request, entityName, data, ct))
            .Accepts<TInput>("application/json").WithName($"{entityName}.update").WithSummary($"Change a {entityName} record (the members sent)")
            .RequirePermission(PermissionEndpoints.EntityOperation(entityName, EntityOperations.Update));
        group.MapDelete("/{id:guid}", (Guid id, HttpRequest request, [FromServices] IDataService data, CancellationToken ct) => DeleteAsync(id, request, entityName, data, ct))
            .WithName($"{entityName}.delete").WithSummary($"Delete a {entityName} record").RequirePermission(PermissionEndpoints.EntityOperation(entityName, EntityOperations.Delete));
        group.WithMetadata(new EntityEndpointMetadata(entityName));
        return group;
    }

    private static async Task<IResult> ListAsync(HttpRequest request, string entityName, IDataService data, CancellationToken ct)
    {
        var (query, errors) = QueryStringParser.Parse(entityName, request.Query);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The query is not valid.");
        }
        return Results.Ok(EntityJson.ToJson(await data.QueryAsync(query, ct)));
    }

    private static async Task<IResult> CreateAsync<TInput>(HttpRequest request, string route, string entityName, IDataService data, CancellationToken ct)
        where TInput : class
    {
        var (input, _, problem) = await ReadInputAsync<TInput>(request, partial: false, ct);
        if (problem is not null)
        {
            return problem;
        }
        var entity = InputMapper.ToEntity(input!, entityName);
        var created = await data.CreateAndRetrieveAsync(entity, ct);
        var id = created?.Id ?? entity.Id;
        EntityTags.Set(request.HttpContext.Response, created?.Version);
        return Results.Created($"{route.TrimEnd('/')}/{id}", created is null ? new { id } : EntityJson.ToJson(created));
    }

    private static async Task<IResult> UpdateAsync<TInput>(Guid id, HttpRequest request, string entityName, IDataService data, CancellationToken ct)
        where TInput : class
    {
        var (expected, precondition) = await ExpectedVersionAsync(id, request, entityName, data, ct);
        if (precondition is not null)
        {
            return precondition;
        }
        var (input, present, problem) = await ReadInputAsync<TInput>(request, partial: true, ct);
        if (problem is not null)
        {
            return problem;
        }
        var target = InputMapper.ToEntity(input!, entityName, id, present);
        target.Version = expected;
        await data.UpdateAsync(target, ct);
        return await data.RetrieveAsync(entityName, id, ct) is { } entity ? Record(request.HttpContext.Response, entity) : NotFound(entityName, id);
    }

    private static async Task<IResult> DeleteAsync(Guid id, HttpRequest request, string entityName, IDataService data, CancellationToken ct)
    {
        var (expected, precondition) = await ExpectedVersionAsync(id, request, entityName, data, ct);
        if (precondition is not null)
        {
            return precondition;
        }
        await data.DeleteAsync(entityName, id, expected, ct);
        return Results.NoContent();
    }

    /// <summary>
    /// The version a PATCH or DELETE is conditional on, from <c>If-Match</c> (RFC 9110): null for <c>*</c> or
    /// no header (428 instead when the tenant requires it). With several tags the current version is
    /// expected when it is one of them, so the condition still runs in the write's own statement.
    /// </summary>
    private static async Task<(long? Expected, IResult? Problem)> ExpectedVersionAsync(
        Guid id, HttpRequest request, string entityName, IDataService data, CancellationToken ct)
    {
        var header = request.Headers.IfMatch;
        var policy = request.HttpContext.RequestServices.GetService(typeof(IEntityWritePolicy)) as IEntityWritePolicy ?? DefaultEntityWritePolicy.Instance;
        if (header.Count == 0 && policy.RequireIfMatch)
        {
            return (null, Results.Problem(statusCode: 428, title: "If-Match is required.",
                detail: $"This tenant requires If-Match on changes: send the ETag of the {entityName} as read (or * to overwrite whatever is stored)."));
        }
        if (!EntityTags.TryParseIfMatch(header, out var any, out var versions, out var error))
        {
            return (null, Results.ValidationProblem(new Dictionary<string, string[]> { ["If-Match"] = [error!] }, title: "The If-Match header is not valid."));
        }
        if (any)
        {
            return (null, null);
        }
        if (versions.Count == 1)
        {
            return (versions[0], null);
        }
        var current = versions.Count == 0 ? null : (await data.RetrieveAsync(entityName, id, ct))?.Version;
        // No tag can match: -1 is never stored, so the write answers 412 (or 404 when the record is gone).
        return (current is { } stored && versions.Contains(stored) ? stored : -1, null);
    }

    private static IResult Record(HttpResponse response, Entity entity)
    {
        EntityTags.Set(response, entity.Version);
        return Results.Ok(EntityJson.ToJson(entity));
    }

    /// <summary>
    /// Reads and validates a JSON body as <typeparamref name="TInput"/>. For a partial update only the
    /// members present in the body are validated and returned in the set.
    /// </summary>
    public static async Task<(TInput? Input, IReadOnlySet<string> Present, IResult? Problem)> ReadInputAsync<TInput>(
        HttpRequest request, bool partial, CancellationToken ct)
        where TInput : class
    {
        var (input, present, problem) = await ReadInputAsync(request, typeof(TInput), partial, InputJson, ct);
        return ((TInput?)input, present, problem);
    }

    /// <summary>
    /// Reads and validates a JSON body as <paramref name="inputType"/> with the given JSON rules (for example
    /// <see cref="InputJson"/> with required constructor parameters enforced); problems name the field.
    /// </summary>
    public static async Task<(object? Input, IReadOnlySet<string> Present, IResult? Problem)> ReadInputAsync(
        HttpRequest request, Type inputType, bool partial, JsonSerializerOptions json, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(inputType);
        var empty = new HashSet<string>();
        if (request.HasJsonContentType() is false)
        {
            return (null, empty, Results.Problem(statusCode: 415, title: "The body must be JSON (Content-Type: application/json)."));
        }
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            return (null, empty, Results.ValidationProblem(new Dictionary<string, string[]> { ["$"] = [$"The body is not valid JSON: {e.Message}"] }, title: "The body is not valid JSON."));
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, empty, Results.ValidationProblem(new Dictionary<string, string[]> { ["$"] = ["The body must be a JSON object."] }));
            }
            var policy = request.HttpContext.RequestServices?.GetService(typeof(IEntityWritePolicy)) as IEntityWritePolicy ?? DefaultEntityWritePolicy.Instance;
            if (StrictJson.FindViolation(document.RootElement, policy.MaxCollectionItems) is { } violation)
            {
                return (null, empty, Results.ValidationProblem(new Dictionary<string, string[]> { [violation.Field] = [violation.Message] }));
            }
            var present = document.RootElement.EnumerateObject().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToHashSet();
            object? input;
            try
            {
                input = document.RootElement.Deserialize(inputType, json);
            }
            catch (JsonException e) when (MissingRequired(e) is { Count: > 0 } missing)
            {
                return (null, empty, Results.ValidationProblem(missing.ToDictionary(m => m, _ => RequiredMessage)));
            }
            catch (JsonException e)
            {
                var field = JsonPathToField(e.Path);
                return (null, empty, Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [DescribeJsonError(e, inputType)] }));
            }
            if (input is null)
            {
                return (null, empty, Results.ValidationProblem(new Dictionary<string, string[]> { ["$"] = ["The body is empty."] }));
            }
            var errors = InputValidator.Validate(input, partial ? present : null);
            return errors.Count > 0 ? (null, empty, Results.ValidationProblem(errors)) : (input, present, null);
        }
    }

    /// <summary>The members System.Text.Json found missing (required members or constructor parameters), as camelCase fields.</summary>
    private static List<string> MissingRequired(JsonException e)
    {
        const string marker = "missing required properties including: ";
        var at = e.Message.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return [];
        }
        var list = e.Message[(at + marker.Length)..].Split(" Path:", 2)[0].TrimEnd('.');
        var prefix = JsonPathToField(e.Path) is var owner && owner != "$" ? owner + "." : "";
        return [.. list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(n => prefix + JsonNamingPolicy.CamelCase.ConvertName(n.Trim('\'')))];
    }

    /// <summary>The type of the member a field path (<c>lines[0].quantity</c>) names, nullable and list types unwrapped; null when unknown.</summary>
    private static Type? MemberTypeAt(Type root, string field)
    {
        if (field == "$")
        {
            return null;
        }
        Type? current = root;
        foreach (var segment in field.Split('.'))
        {
            var name = segment.Split('[', 2)[0];
            var property = current?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                return null;
            }
            current = Unwrap(property.PropertyType);
            if (segment.Contains('[', StringComparison.Ordinal))
            {
                current = current.IsArray ? current.GetElementType()
                    : current.IsGenericType && current.GetGenericArguments() is [var item] ? Unwrap(item) : null;
            }
        }
        return current;
    }

    private static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static readonly string[] RequiredMessage = ["The field is required."];

    private static string JsonPathToField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static string DescribeJsonError(JsonException e, Type inputType)
    {
        var message = e.Message.Split(" Path:", 2)[0];
        var at = message.LastIndexOf("converted to ", StringComparison.Ordinal);
        if (at < 0)
        {
            return message;
        }
        // A record's constructor parameter is reported as its record type; the member the path names says more.
        var member = MemberTypeAt(inputType, JsonPathToField(e.Path));
        var type = member?.FullName ?? TargetTypeName(message[(at + "converted to ".Length)..]);
        if ((member ?? inputType.Assembly.GetType(type)) is { IsEnum: true } enumType)
        {
            return $"The value must be one of: {string.Join(", ", Enum.GetNames(enumType))}.";
        }
        var expected = type switch
        {
            _ when type.Contains("Int", StringComparison.Ordinal) => "a whole number",
            _ when type.Contains("Decimal", StringComparison.Ordinal) || type.Contains("Double", StringComparison.Ordinal) => "a number",
            _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
            _ when type.Contains("Guid", StringComparison.Ordinal) => "a GUID",
            _ when type.Contains("DateTimeOffset", StringComparison.Ordinal) => "a date-time with an offset (ISO 8601)",
            _ when type.Contains("DateOnly", StringComparison.Ordinal) => "a date (yyyy-mm-dd)",
            _ when type.Contains("String", StringComparison.Ordinal) => "text",
            _ when type.Contains("List", StringComparison.Ordinal) || type.Contains("[]", StringComparison.Ordinal) => "an array",
            _ => "a value of the right kind (" + type.Split('.')[^1] + ")",
        };
        return $"The value must be {expected}.";
    }

    /// <summary>
    /// The full name of the type System.Text.Json could not convert to, from its message's tail: without the
    /// sentence's full stop, and the inner type of a <c>Nullable`1[T]</c> (or <c>[[T, assembly, …]]</c>).
    /// </summary>
    private static string TargetTypeName(string tail)
    {
        const string nullable = "System.Nullable`1[";
        if (tail.StartsWith(nullable, StringComparison.Ordinal))
        {
            var inner = tail[nullable.Length..].TrimStart('[');
            return inner[..Math.Max(0, inner.IndexOfAny([',', ']']))];
        }
        return tail.TrimEnd('.');
    }

    /// <summary>Marks the endpoints of an entity with its logical name (for response headers that depend on the entity).</summary>
    /// <param name="EntityName">The entity's logical name.</param>
    public sealed record EntityEndpointMetadata(string EntityName);

    private static IResult NotFound(string entityName, Guid id) =>
        Results.Problem(statusCode: 404, title: "Not found.", detail: $"{entityName} {id} does not exist.");
}
