using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Platform.Host.Modules;

/// <summary>
/// The assemblies a module shares with the host: the SDK, Microsoft.Extensions.*, ASP.NET Core,
/// EF Core (with its providers' ADO.NET drivers) and the runtime itself. Everything else a module
/// brings stays private to its load context.
/// </summary>
public static class SharedAssemblies
{
    private static readonly string[] SharedPrefixes =
    [
        "Platform.Sdk", "Microsoft.Extensions.", "Microsoft.AspNetCore.", "Microsoft.EntityFrameworkCore",
        "Microsoft.Data.Sqlite", "Microsoft.Data.SqlClient", "Npgsql", "SQLitePCLRaw.", "System.", "Microsoft.Win32.",
        "Microsoft.CSharp", "Microsoft.VisualBasic", "Microsoft.Net.Http.Headers", "mscorlib", "netstandard",
    ];

    private static readonly Lazy<IReadOnlyDictionary<string, Version>> HostVersions = new(ReadHostVersions);

    /// <summary>True when assemblies of this name are unified with the host.</summary>
    public static bool IsShared(string assemblyName) =>
        SharedPrefixes.Any(p => assemblyName.Equals(p.TrimEnd('.'), StringComparison.OrdinalIgnoreCase)
            || assemblyName.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>The shared assemblies the host has, with their versions.</summary>
    public static IReadOnlyDictionary<string, Version> Host => HostVersions.Value;

    /// <summary>
    /// Reads the assembly references of every private assembly in the module folder and returns the
    /// first reference to a shared assembly that is newer than the host's copy, as a readable reason;
    /// null when the module fits the host. Loading such a module would end in a TypeLoadException.
    /// </summary>
    public static string? FindNewerThanHost(string moduleId, string directory, IReadOnlyDictionary<string, Version>? host = null)
    {
        host ??= Host;
        foreach (var file in Directory.EnumerateFiles(directory, "*.dll").Order(StringComparer.Ordinal))
        {
            foreach (var (name, version) in ReadReferences(file, host))
            {
                if (IsShared(name) && host.TryGetValue(name, out var hostVersion) && version > hostVersion)
                {
                    return $"Module {moduleId} was compiled against {name} {version}, but the host provides {hostVersion}. " +
                        $"Rebuild {Path.GetFileName(file)} against the host's version or upgrade the host.";
                }
            }
        }
        return null;
    }

    private static IEnumerable<(string Name, Version Version)> ReadReferences(string file, IReadOnlyDictionary<string, Version> host)
    {
        using var stream = File.OpenRead(file);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            yield break;
        }
        var reader = pe.GetMetadataReader();
        if (!reader.IsAssembly || host.ContainsKey(reader.GetString(reader.GetAssemblyDefinition().Name)))
        {
            yield break; // a copy of an assembly the host shares is never loaded; the host's copy is used
        }
        foreach (var handle in reader.AssemblyReferences)
        {
            var reference = reader.GetAssemblyReference(handle);
            yield return (reader.GetString(reference.Name), reference.Version);
        }
    }

    private static Dictionary<string, Version> ReadHostVersions()
    {
        var versions = new Dictionary<string, Version>(StringComparer.OrdinalIgnoreCase);
        var paths = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var path in paths)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (IsShared(name))
            {
                try
                {
                    versions[name] = AssemblyName.GetAssemblyName(path).Version ?? new Version(0, 0);
                }
                catch (BadImageFormatException)
                {
                    // native or reference-only file: not an assembly a module can bind to
                }
            }
        }
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            var name = assembly.GetName();
            if (name.Name is { } n && IsShared(n) && name.Version is { } v)
            {
                versions[n] = v;
            }
        }
        return versions;
    }
}
