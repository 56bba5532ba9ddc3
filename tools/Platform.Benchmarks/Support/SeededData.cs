using System.Text.Json;

namespace Platform.Benchmarks.Support;

/// <summary>
/// A seeded data folder: made by starting the built host once on an empty folder (it migrates and writes the
/// demo data), then stopping it. Runs copy it, so each starts from the same seeded state.
/// </summary>
public static class SeededData
{
    public static async Task<string> CreateAsync(string hostDll, string moduleRoot, string? folder = null)
    {
        folder ??= BenchFolders.NewFolder("platform-bench-seeded");
        Directory.CreateDirectory(folder);
        Report.Log($"seeding a data folder at {folder} (host start on an empty folder)");
        var (host, elapsed, _) = await ChildHost.StartAsync(hostDll, HostArgs(folder, moduleRoot), "/api/modules",
            ChildHost.AllModulesRunning(ChildHost.CountModules(moduleRoot)), TimeSpan.FromMinutes(5), keyFolder: folder);
        using (host)
        {
            var orders = await CountAsync(host.BaseUrl, "/api/core/orders?pageSize=1", ApiKeys.ReadDemoKey(folder));
            if (orders <= 0)
            {
                throw new InvalidOperationException($"The seeded demo tenant lists {orders} orders (-1: the request failed); the benchmarks need the demo data.");
            }
            Report.Log($"seeded in {elapsed.TotalSeconds:0.0} s; {orders} orders in the demo tenant");
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return folder;
    }

    /// <summary>The host's command-line configuration for a data folder and module root.</summary>
    public static string[] HostArgs(string dataFolder, string moduleRoot) =>
        [$"--Platform:DataFolder={dataFolder}", $"--Platform:ModuleRoot={moduleRoot}"];

    /// <summary>The <c>totalCount</c> of a list endpoint (with the tenant's API key), or -1 when it does not answer 200.</summary>
    public static async Task<long> CountAsync(string baseUrl, string path, string apiKey)
    {
        using var http = ApiKeys.Client(baseUrl, apiKey);
        using var response = await http.GetAsync(path);
        if (!response.IsSuccessStatusCode)
        {
            return -1;
        }
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("totalCount").GetInt64();
    }
}
