using System.Text.Json;
using Platform.Sdk.Modules;

namespace Platform.Host.Modules;

/// <summary>Finds module folders (<c>root/&lt;id&gt;/&lt;version&gt;/module.json</c>) and reads their manifests.</summary>
public static class ModuleDiscovery
{
    /// <summary>
    /// Every module folder under <paramref name="root"/>. When one id has several version folders the
    /// highest version is taken. A manifest that cannot be read yields a faulted descriptor.
    /// </summary>
    public static IReadOnlyList<ModuleDescriptor> Discover(string root)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }
        var found = new List<ModuleDescriptor>();
        foreach (var file in Directory.EnumerateFiles(root, ModuleManifest.FileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var directory = Path.GetDirectoryName(file)!;
            found.Add(Read(file, directory));
        }
        return found
            .GroupBy(d => (d.Id, Folder: Path.GetDirectoryName(d.Directory)))
            .Select(g => g.OrderByDescending(d => SemanticVersions.TryParse(d.Manifest.Version, out var v) ? v : null, SemanticVersions.Comparer).First())
            .ToList();
    }

    private static ModuleDescriptor Read(string file, string directory)
    {
        try
        {
            return new ModuleDescriptor(ModuleManifest.Parse(File.ReadAllText(file)), directory);
        }
        catch (JsonException e)
        {
            var placeholder = new ModuleManifest { Id = Path.GetFileName(Path.GetDirectoryName(directory)) ?? directory, Version = "0.0.0", Sdk = "*" };
            var descriptor = new ModuleDescriptor(placeholder, directory);
            descriptor.Fault($"module.json in {directory} cannot be read: {e.Message}");
            return descriptor;
        }
    }
}
