using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace Platform.Architecture.Tests;

/// <summary>
/// The dependency rules of the design (section Modules): a module compiles against the SDK, the BCL,
/// Microsoft.Extensions.*, ASP.NET Core and EF Core (with its providers, for migrations), plus private packages it ships in its own folder;
/// never against the host or another module.
/// </summary>
internal static class ReferenceRules
{
    private static readonly string[] SharedPrefixes = ["Microsoft.Extensions.", "Microsoft.AspNetCore.", "Microsoft.EntityFrameworkCore."];

    // Npgsql's EF Core provider: PostgreSQL migrations call its model-builder extensions (ADR 0007); the
    // SQL Server provider is covered by the Microsoft.EntityFrameworkCore. prefix. Drivers stay the host's.
    private static readonly string[] SharedNames = ["Platform.Sdk", "Microsoft.EntityFrameworkCore", "Npgsql.EntityFrameworkCore.PostgreSQL", "System", "mscorlib", "netstandard"];

    /// <summary>
    /// The assemblies of the two shared frameworks the host runs on: Microsoft.NETCore.App (the BCL) and
    /// Microsoft.AspNetCore.App (ASP.NET Core, with the Microsoft.Extensions.* it carries).
    /// </summary>
    private static readonly HashSet<string> SharedFrameworks = new[] { typeof(object), typeof(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder) }
        .SelectMany(t => Directory.EnumerateFiles(Path.GetDirectoryName(t.Assembly.Location)!, "*.dll"))
        .Select(f => Path.GetFileNameWithoutExtension(f))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The name of an assembly file.</summary>
    public static string NameOf(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var reader = pe.GetMetadataReader();
        return reader.GetString(reader.GetAssemblyDefinition().Name);
    }

    /// <summary>The names of the assemblies an assembly file references.</summary>
    public static IReadOnlyList<string> ReferencesOf(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>True for a name of the platform's own assemblies that a module must never reference: the host and other modules.</summary>
    public static bool IsForbiddenPlatformAssembly(string name, string self) =>
        !name.Equals(self, StringComparison.OrdinalIgnoreCase)
        && (name.Equals("Platform.Host", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Platform.Host.", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Platform.Modules.", StringComparison.OrdinalIgnoreCase));

    /// <summary>True for an assembly every module may use because the host shares it.</summary>
    public static bool IsShared(string name) =>
        SharedFrameworks.Contains(name)
        || SharedNames.Contains(name, StringComparer.OrdinalIgnoreCase)
        || name.StartsWith("System.", StringComparison.OrdinalIgnoreCase)
        || SharedPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The references of a module's assembly that break the rules, each with the reason. A reference is
    /// allowed when the host shares it, or when the module ships the assembly in its own folder
    /// (<paramref name="privateAssemblies"/>); the host and other modules are never allowed.
    /// </summary>
    public static IReadOnlyList<string> ModuleViolations(string assemblyPath, IEnumerable<string> privateAssemblies)
    {
        var self = NameOf(assemblyPath);
        var shipped = privateAssemblies.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var violations = new List<string>();
        foreach (var reference in ReferencesOf(assemblyPath))
        {
            if (IsForbiddenPlatformAssembly(reference, self))
            {
                violations.Add($"{self} references {reference}: a module talks to the host and to other modules only through Platform.Sdk.");
            }
            else if (reference.StartsWith("Platform.", StringComparison.OrdinalIgnoreCase) && !reference.Equals("Platform.Sdk", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{self} references {reference}: of the platform's assemblies a module may use only Platform.Sdk.");
            }
            else if (!IsShared(reference) && !shipped.Contains(reference))
            {
                violations.Add($"{self} references {reference}, which the host does not share and the module does not ship in its folder.");
            }
        }
        return violations;
    }

    /// <summary>The assembly names of the dlls in a module folder, other than the module's own.</summary>
    public static IReadOnlyList<string> ShippedAssemblies(string folder, string mainAssembly) =>
        Directory.EnumerateFiles(folder, "*.dll", SearchOption.AllDirectories)
            .Where(f => !Path.GetFullPath(f).Equals(Path.GetFullPath(mainAssembly), StringComparison.Ordinal))
            .Select(TryNameOf)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The project references of a module project that break the rules: only the SDK may be referenced (and
    /// it must not be copied into the module), no assembly or package of the host or another module.
    /// </summary>
    public static IReadOnlyList<string> ProjectViolations(string projectPath, string sdkProject)
    {
        var project = XDocument.Load(projectPath);
        var directory = Path.GetDirectoryName(projectPath)!;
        var name = Path.GetFileName(projectPath);
        var violations = new List<string>();
        foreach (var reference in project.Descendants().Where(e => e.Name.LocalName == "ProjectReference"))
        {
            var include = (string?)reference.Attribute("Include") ?? "";
            var target = Path.GetFullPath(Path.Combine(directory, include.Replace('\\', '/')));
            if (!target.Equals(Path.GetFullPath(sdkProject), StringComparison.Ordinal))
            {
                violations.Add($"{name} references the project {include}: a module references no project but the SDK.");
            }
            else if (!string.Equals(Value(reference, "Private"), "false", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{name} references the SDK without Private=\"false\": the SDK is shared and must not be copied into the module.");
            }
        }
        foreach (var reference in project.Descendants().Where(e => e.Name.LocalName is "Reference" or "PackageReference"))
        {
            var include = (string?)reference.Attribute("Include") ?? "";
            var hint = Value(reference, "HintPath") ?? "";
            var assembly = Path.GetFileNameWithoutExtension(include.Split(',')[0].Trim() + ".dll");
            if (IsForbiddenPlatformAssembly(assembly, "") || hint.Contains("Platform.Host", StringComparison.OrdinalIgnoreCase)
                || hint.Contains("Platform.Modules.", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{name} has a {reference.Name.LocalName} to {include}: a module references neither the host nor another module.");
            }
        }
        return violations;
    }

    private static string? Value(XElement element, string name) =>
        (string?)element.Attribute(name) ?? element.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    private static string? TryNameOf(string path)
    {
        try
        {
            return NameOf(path);
        }
        catch (Exception e) when (e is BadImageFormatException or InvalidOperationException)
        {
            return null; // a native library
        }
    }
}
