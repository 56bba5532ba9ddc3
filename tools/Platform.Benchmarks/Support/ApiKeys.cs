using System.Net.Http.Headers;
using Platform.Host.Tenants;

namespace Platform.Benchmarks.Support;

/// <summary>
/// The demo tenant administrator's API key, which the host writes once to <c>&lt;DataFolder&gt;/keys/</c>
/// on first run; every endpoint but <c>/health</c> needs it (header <c>X-Api-Key</c>).
/// </summary>
public static class ApiKeys
{
    /// <summary>The header the platform reads the key from.</summary>
    public const string Header = "X-Api-Key";

    /// <summary>Where the host writes the demo tenant administrator's key for a data folder.</summary>
    public static string DemoKeyPath(string dataFolder) => Path.Combine(dataFolder, "keys", PlatformBootstrap.DemoKeyFile);

    /// <summary>The key if the file exists yet, else null.</summary>
    public static string? TryReadDemoKey(string dataFolder)
    {
        var path = DemoKeyPath(dataFolder);
        try
        {
            return File.Exists(path) && File.ReadAllText(path).Trim() is { Length: > 0 } key ? key : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The key the host wrote into the data folder; throws when there is none.</summary>
    public static string ReadDemoKey(string dataFolder) => TryReadDemoKey(dataFolder)
        ?? throw new InvalidOperationException($"No API key at {DemoKeyPath(dataFolder)}: the host writes it when it creates the demo tenant (first run on an empty data folder or database).");

    /// <summary>An HTTP client that sends the key with every request.</summary>
    public static HttpClient Client(string baseUrl, string apiKey)
    {
        var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        http.DefaultRequestHeaders.Add(Header, apiKey);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return http;
    }
}
