using Platform.Host.Tests.Loader;

namespace Platform.Host.Tests.Support;

/// <summary>A module root with every real module (from the build's module root) plus the ledger fixture.</summary>
internal static class AllModulesRoot
{
    public static FixtureModuleRoot Create()
    {
        var root = FixtureModuleRoot.With();
        foreach (var module in Directory.EnumerateDirectories(RepoPaths.ModuleRoot))
        {
            foreach (var file in Directory.EnumerateFiles(module, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root.Path, Path.GetRelativePath(RepoPaths.ModuleRoot, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
        root.AddVersion("fixtures.ledger", "1.0.0");
        return root;
    }
}
