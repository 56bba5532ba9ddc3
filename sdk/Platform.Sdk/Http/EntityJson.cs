using Platform.Sdk.Data;

namespace Platform.Sdk.Http;

/// <summary>Shapes entities for JSON responses: <c>id</c> first, then the attributes; child lists recursively.</summary>
internal static class EntityJson
{
    /// <summary>The entity as a JSON-ready dictionary.</summary>
    public static Dictionary<string, object?> ToJson(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var json = new Dictionary<string, object?>(entity.Attributes.Count + 1) { ["id"] = entity.Id };
        foreach (var (name, value) in entity.Attributes)
        {
            json[name] = value is IEnumerable<Entity> children ? children.Select(ToJson).ToList() : value;
        }
        return json;
    }

    private static Dictionary<string, object?> WithVersion(Entity entity)
    {
        var json = ToJson(entity);
        if (entity.Version is { } version)
        {
            json["version"] = version;
        }
        return json;
    }

    /// <summary>A page of entities as a JSON-ready object; each item carries its <c>version</c> (its ETag's value) when known.</summary>
    public static object ToJson(QueryResult page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new
        {
            items = page.Items.Select(WithVersion).ToList(),
            page.TotalCount,
            page.Page,
            page.PageSize,
        };
    }
}
