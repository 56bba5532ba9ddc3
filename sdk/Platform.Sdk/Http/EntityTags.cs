using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Platform.Sdk.Http;

/// <summary>
/// Entity tags of records (ADR 0016): the record's version as a strong, quoted tag (<c>"3"</c>), and the
/// <c>If-Match</c> rules of RFC 9110: <c>*</c> matches any current record, otherwise a list of tags
/// compared strongly (a weak tag <c>W/"3"</c> never matches).
/// </summary>
internal static class EntityTags
{
    /// <summary>The strong entity tag of a version.</summary>
    public static string Format(long version) => $"\"{version}\"";

    /// <summary>Sets the response's <c>ETag</c> when the version is known.</summary>
    public static void Set(HttpResponse response, long? version)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (version is { } known)
        {
            response.Headers.ETag = Format(known);
        }
    }

    /// <summary>
    /// Reads <c>If-Match</c>. <paramref name="any"/>: absent or <c>*</c> (no version condition);
    /// otherwise <paramref name="versions"/> holds the versions the strong tags name (empty when none of
    /// them can match). False with <paramref name="error"/> when the header is not a list of entity tags.
    /// </summary>
    public static bool TryParseIfMatch(StringValues header, out bool any, out IReadOnlyList<long> versions, out string? error)
    {
        any = true;
        versions = [];
        error = null;
        var text = header.ToString().Trim();
        if (header.Count == 0 || text == "*")
        {
            return true;
        }
        any = false;
        var found = new List<long>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var weak = part.StartsWith("W/", StringComparison.Ordinal);
            var tag = weak ? part[2..] : part;
            if (tag.Length < 2 || tag[0] != '"' || tag[^1] != '"' || tag[1..^1].Contains('"', StringComparison.Ordinal))
            {
                error = "If-Match must be * or a comma-separated list of entity tags such as \"3\" (the ETag of the record as read).";
                return false;
            }
            if (!weak && long.TryParse(tag[1..^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
            {
                found.Add(version);
            }
        }
        versions = found;
        return true;
    }
}
