namespace Platform.Benchmarks.Support;

/// <summary>Where benchmark databases live: a tmpfs folder when the machine has one (no fsync noise), else the temp folder.</summary>
public static class BenchFolders
{
    /// <summary>The root chosen for databases; <c>PLATFORM_BENCH_DATA_ROOT</c> overrides it.</summary>
    public static string DataRoot
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("PLATFORM_BENCH_DATA_ROOT");
            if (!string.IsNullOrWhiteSpace(configured))
            {
                Directory.CreateDirectory(configured);
                return configured;
            }
            return OperatingSystem.IsLinux() && Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        }
    }

    /// <summary>True when <see cref="DataRoot"/> is memory-backed (tmpfs).</summary>
    public static bool IsTmpfs => DataRoot.StartsWith("/dev/shm", StringComparison.Ordinal);

    /// <summary>Describes the storage for the report.</summary>
    public static string Describe() => IsTmpfs
        ? $"SQLite file database (WAL) on tmpfs ({DataRoot})"
        : $"SQLite file database (WAL) on disk ({DataRoot})";

    /// <summary>A new, empty folder under <see cref="DataRoot"/>.</summary>
    public static string NewFolder(string prefix)
    {
        var path = Path.Combine(DataRoot, $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Deletes a folder, ignoring files still held open.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Copies a folder (a seeded data folder: databases and <c>keys/</c>) into another, subfolders included.</summary>
    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
        foreach (var folder in Directory.GetDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
