using System.Text.RegularExpressions;
using Semver;

namespace Platform.Host.Modules;

/// <summary>Checks each manifest on its own: id, version, SDK range, dependency ranges, schema.</summary>
public static partial class ManifestValidator
{
    [GeneratedRegex("^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z][a-z0-9_]{0,30}$")]
    private static partial Regex SchemaPattern();

    [GeneratedRegex("^[a-z][a-z0-9]*([._-][a-z0-9]+)*$")]
    private static partial Regex NamePattern();

    /// <summary>The longest entity, custom message or contract name.</summary>
    public const int MaxNameLength = 64;

    /// <summary>Names the pipeline uses for data messages (and keeps for later ones); no custom message may take them.</summary>
    public static IReadOnlyList<string> ReservedNames { get; } = ["create", "update", "delete", "retrieve", "retrievemultiple", "associate", "disassociate"];

    /// <summary>
    /// What is wrong with an entity, custom message or contract name a module registers, or null. Names are
    /// unique within the module and qualified by its id (<c>platform.core/order</c>, ADR 0018), so the name
    /// itself carries no module prefix rules; contracts are shared by every module and must be <c>publisher.name</c>.
    /// </summary>
    public static string? FindNameProblem(string kind, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return $"{kind} has no name.";
        }
        if (name.Length > MaxNameLength)
        {
            return $"{kind} name '{name}' is {name.Length} characters long; at most {MaxNameLength} are allowed.";
        }
        if (name.Contains(Sdk.Modules.QualifiedName.Separator, StringComparison.Ordinal))
        {
            return $"{kind} name '{name}' contains '/', which separates a module id from a name (the host qualifies the name with the module's id itself).";
        }
        if (!NamePattern().IsMatch(name))
        {
            return $"{kind} name '{name}' may contain only lower case letters a-z and digits, separated by single dots, dashes or underscores, starting with a letter.";
        }
        if (kind != "Contract" && ReservedNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return $"{kind} name '{name}' is reserved for the platform's data messages ({string.Join(", ", ReservedNames)}).";
        }
        if (kind == "Contract" && !name.Contains('.', StringComparison.Ordinal))
        {
            return $"Contract name '{name}' must be of the form publisher.name (for example acme.badge-source), because every module shares it.";
        }
        return null;
    }

    /// <summary>Faults the module with the first problem found; returns true when the manifest is valid.</summary>
    public static bool Validate(ModuleDescriptor module, SemVersion sdkVersion)
    {
        var reason = FindProblem(module, sdkVersion);
        if (reason is not null)
        {
            module.Fault(reason);
        }
        return reason is null;
    }

    private static string? FindProblem(ModuleDescriptor module, SemVersion sdkVersion)
    {
        var m = module.Manifest;
        if (!IdPattern().IsMatch(m.Id))
        {
            return $"Module id '{m.Id}' is not of the form publisher.name (lower case letters, digits, dashes).";
        }
        if (!SemanticVersions.TryParse(m.Version, out _))
        {
            return $"Module {m.Id}: version '{m.Version}' is not a SemVer 2.0 version.";
        }
        if (!SemanticVersions.TryParseRange(m.Sdk, out var sdkRange))
        {
            return $"Module {m.Id}: SDK range '{m.Sdk}' is not a valid version range.";
        }
        if (!sdkRange!.Contains(sdkVersion))
        {
            return $"Module {m.Id} {m.Version} requires SDK {m.Sdk}, but this host provides SDK {sdkVersion}.";
        }
        if (m.Schema is not null && !SchemaPattern().IsMatch(m.Schema))
        {
            return $"Module {m.Id}: schema '{m.Schema}' must be lower case letters, digits and underscores, starting with a letter.";
        }
        if (m.Schema == Tenants.TenantPlatformDbContext.SchemaName)
        {
            return $"Module {m.Id}: schema '{m.Schema}' is reserved for the platform's own tables (system jobs) in each tenant's database.";
        }
        foreach (var (dependency, range) in m.Dependencies)
        {
            if (!SemanticVersions.TryParseRange(range, out _))
            {
                return $"Module {m.Id}: the version range '{range}' of dependency {dependency} is not valid.";
            }
        }
        return null;
    }
}
