namespace Platform.SqlServer.Tests;

/// <summary>Paths inside the repository the tests run from.</summary>
public static class RepoPaths
{
    /// <summary>Where the build publishes the real modules.</summary>
    public static string ModuleRoot { get; } = Path.Combine(FindRoot(), "artifacts", "modules");

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
