using System.Reflection;
using System.Text.Json;

namespace Platform.Architecture.Tests;

/// <summary>Where things are in the repository and in the build output.</summary>
internal static class Repository
{
    /// <summary>The repository root: the first folder above the test binaries with Platform.sln or global.json.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Where module projects publish themselves: <c>artifacts/modules/&lt;id&gt;/&lt;version&gt;/</c>.</summary>
    public static string ModuleRoot => Path.Combine(Root, "artifacts", "modules");

    /// <summary>The SDK project every module may reference.</summary>
    public static string SdkProject => Path.Combine(Root, "sdk", "Platform.Sdk", "Platform.Sdk.csproj");

    /// <summary>Every module project: <c>modules/*/*.csproj</c>, as paths relative to the root.</summary>
    public static IReadOnlyList<string> ModuleProjects { get; } =
        Directory.EnumerateDirectories(Path.Combine(Root, "modules"))
            .SelectMany(d => Directory.EnumerateFiles(d, "*.csproj"))
            .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The host's main assembly, as built alongside these tests.</summary>
    public static string HostAssembly => Path.Combine(Root, "host", "Platform.Host", "bin", Metadata("Configuration"), Metadata("TargetFramework"), "Platform.Host.dll");

    /// <summary>The folder a module project published itself into, from its module.json id and version.</summary>
    public static string PublishedFolder(string moduleProject)
    {
        var manifestPath = Path.Combine(Root, Path.GetDirectoryName(moduleProject)!, "module.json");
        if (!File.Exists(manifestPath))
        {
            throw new InvalidOperationException($"{moduleProject} has no module.json beside it; every project under modules/ must be a module.");
        }
        using var manifest = JsonDocument.Parse(File.ReadAllText(manifestPath));
        var id = manifest.RootElement.GetProperty("id").GetString()!;
        var version = manifest.RootElement.GetProperty("version").GetString()!;
        return Path.Combine(ModuleRoot, id, version);
    }

    /// <summary>
    /// The main assembly in a published module folder: the one beside the single <c>*.deps.json</c>, as the
    /// host's loader finds it.
    /// </summary>
    public static string MainAssembly(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException($"{folder} does not exist: build tests/Platform.Architecture.Tests, which builds every module first.");
        }
        var deps = Directory.GetFiles(folder, "*.deps.json");
        if (deps.Length != 1)
        {
            throw new InvalidOperationException($"{folder} must hold exactly one *.deps.json; found {deps.Length}.");
        }
        return Path.Combine(folder, Path.GetFileName(deps[0])[..^".deps.json".Length] + ".dll");
    }

    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")) || File.Exists(Path.Combine(dir.FullName, "global.json")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No Platform.sln or global.json above {AppContext.BaseDirectory}.");
    }
}
