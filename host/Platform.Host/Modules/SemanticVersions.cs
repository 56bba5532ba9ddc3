using Semver;

namespace Platform.Host.Modules;

/// <summary>SemVer 2.0 versions and npm-style ranges, as module manifests use them.</summary>
public static class SemanticVersions
{
    /// <summary>Orders versions by SemVer precedence (nulls first).</summary>
    public static IComparer<SemVersion?> Comparer { get; } = Comparer<SemVersion?>.Create((a, b) =>
        a is null ? (b is null ? 0 : -1) : b is null ? 1 : a.ComparePrecedenceTo(b));

    /// <summary>Parses a strict SemVer 2.0 version.</summary>
    public static bool TryParse(string? text, out SemVersion? version)
    {
        version = null;
        return text is not null && SemVersion.TryParse(text, SemVersionStyles.Strict, out version);
    }

    /// <summary>Parses an npm-style range such as <c>^1.2.0</c>, <c>&gt;=1.0.0 &lt;2.0.0</c> or <c>*</c>.</summary>
    public static bool TryParseRange(string? text, out SemVersionRange? range)
    {
        range = null;
        return text is not null && SemVersionRange.TryParseNpm(text, out range);
    }
}
