namespace Platform.Host.Tests.Support;

/// <summary>Paths inside the repository the tests run from.</summary>
public static class RepoPaths
{
    /// <summary>The repository root (the folder holding global.json).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Where the build publishes the real modules.</summary>
    public static string ModuleRoot => Path.Combine(Root, "artifacts", "modules");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "global.json")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No global.json above {AppContext.BaseDirectory}.");
    }
}
