using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Host.Tests.Loader;

/// <summary>
/// A fresh temporary module root holding copies of exactly the loader fixtures a scenario needs. The
/// fixtures (tests/Fixtures/*) are built with this test project and publish themselves into
/// <c>artifacts/test-modules/&lt;id&gt;/&lt;version&gt;/</c>. Dispose deletes the folder.
/// </summary>
internal sealed class FixtureModuleRoot : IDisposable
{
    private FixtureModuleRoot(string path) => Path = path;

    /// <summary>The repository root: the first folder above the test binaries with Platform.sln or global.json.</summary>
    public static string RepoRoot => Support.RepoPaths.Root;

    /// <summary>Where the fixture projects publish themselves.</summary>
    public static string BuiltFixtures => System.IO.Path.Combine(RepoRoot, "artifacts", "test-modules");

    /// <summary>The module root to hand to the host.</summary>
    public string Path { get; }

    /// <summary>A module root with a copy of each named fixture at <c>&lt;root&gt;/&lt;id&gt;/</c>.</summary>
    public static FixtureModuleRoot With(params string[] ids)
    {
        var root = new FixtureModuleRoot(Directory.CreateTempSubdirectory("platform-fixtures-").FullName);
        foreach (var id in ids)
        {
            root.Add(id);
        }
        return root;
    }

    /// <summary>
    /// Copies the fixture <paramref name="id"/> to <c>&lt;root&gt;/&lt;under&gt;/&lt;id&gt;/</c> (or <c>&lt;root&gt;/&lt;id&gt;/</c>)
    /// and returns the copied version folder, the one holding module.json.
    /// </summary>
    public string Add(string id, string? under = null)
    {
        var source = System.IO.Path.Combine(BuiltFixtures, id);
        if (!Directory.Exists(source) || !Directory.EnumerateFiles(source, "module.json", SearchOption.AllDirectories).Any())
        {
            throw new InvalidOperationException(
                $"Loader fixture {id} is not built: {source} is missing. Build tests/Platform.Host.Tests, which builds every project under tests/Fixtures first.");
        }
        var target = System.IO.Path.Combine(under is null ? Path : System.IO.Path.Combine(Path, under), id);
        CopyDirectory(source, target);
        return System.IO.Path.GetDirectoryName(Directory.EnumerateFiles(target, "module.json", SearchOption.AllDirectories).Single())!;
    }

    /// <summary>Copies one version of a fixture to <c>&lt;root&gt;/&lt;id&gt;/&lt;version&gt;/</c>, replacing any other version there (an upgrade).</summary>
    public string AddVersion(string id, string version)
    {
        var source = System.IO.Path.Combine(BuiltFixtures, id, version);
        if (!File.Exists(System.IO.Path.Combine(source, "module.json")))
        {
            throw new InvalidOperationException($"Fixture {id} {version} is not built: {source} is missing.");
        }
        var moduleFolder = System.IO.Path.Combine(Path, id);
        if (Directory.Exists(moduleFolder))
        {
            Directory.Delete(moduleFolder, recursive: true);
        }
        var target = System.IO.Path.Combine(moduleFolder, version);
        CopyDirectory(source, target);
        return target;
    }

    /// <summary>Replaces the dependencies in the module.json of a copied fixture.</summary>
    public void SetDependencies(string versionFolder, IReadOnlyDictionary<string, string> dependencies)
    {
        var file = System.IO.Path.Combine(versionFolder, "module.json");
        var manifest = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        var replacement = new JsonObject();
        foreach (var (id, range) in dependencies)
        {
            replacement[id] = range;
        }
        manifest["dependencies"] = replacement;
        File.WriteAllText(file, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open; the OS temp cleaner takes it
        }
        catch (UnauthorizedAccessException)
        {
            // same
        }
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
