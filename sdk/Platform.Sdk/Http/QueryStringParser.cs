using Microsoft.AspNetCore.Http;
using Platform.Sdk.Data;

namespace Platform.Sdk.Http;

/// <summary>
/// Reads list parameters: <c>page</c>, <c>pageSize</c>, <c>sort=name,-listPrice</c> and repeated
/// <c>filter=attribute op value</c> with op one of eq, ne, gt, ge, lt, le, contains, in (comma-separated values).
/// </summary>
internal static class QueryStringParser
{
    /// <summary>Parses the query string; returns field errors instead of throwing.</summary>
    public static (QueryRequest Query, Dictionary<string, string[]> Errors) Parse(string entityName, IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new Dictionary<string, string[]>();
        var page = ReadInt(query, "page", 1, errors);
        var pageSize = ReadInt(query, "pageSize", 50, errors);
        var sorts = query["sort"].SelectMany(s => (s ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(s => s.StartsWith('-') ? new QuerySort(s[1..], Descending: true) : new QuerySort(s))
            .ToList();
        var filters = new List<QueryFilter>();
        foreach (var text in query["filter"])
        {
            var parts = (text ?? "").Split(' ', 3, StringSplitOptions.TrimEntries);
            if (parts.Length < 3 || !Enum.TryParse<FilterOperator>(parts[1], ignoreCase: true, out var op) || int.TryParse(parts[1], out _))
            {
                errors["filter"] = [$"'{text}' is not 'attribute op value' with op one of eq, ne, gt, ge, lt, le, contains, in (comma-separated values)."];
                continue;
            }
            filters.Add(new QueryFilter(parts[0], op, parts[2]));
        }
        return (new QueryRequest(entityName) { Page = page, PageSize = pageSize, Sorts = sorts, Filters = filters }, errors);
    }

    private static int ReadInt(IQueryCollection query, string name, int fallback, Dictionary<string, string[]> errors)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return fallback;
        }
        if (int.TryParse(values.ToString(), out var value))
        {
            return value;
        }
        errors[name] = [$"{name} must be a whole number."];
        return fallback;
    }
}
