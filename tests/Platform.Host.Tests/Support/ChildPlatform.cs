using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Platform.Host.Tests.Support;

/// <summary>
/// The real host as a separate process (<c>dotnet Platform.Host.dll</c>), configured by environment
/// variables, listening on a free loopback port. Dispose kills it (this process only, by its id).
/// </summary>
public sealed class ChildPlatform : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ChildPlatform(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    /// <summary>Where it listens.</summary>
    public string BaseUrl { get; }

    /// <summary>The last lines it wrote, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>The host's build output used by the tests (same configuration as the tests).</summary>
    public static string HostDll =>
#if DEBUG
        Path.Combine(RepoPaths.Root, "host", "Platform.Host", "bin", "Debug", "net10.0", "Platform.Host.dll");
#else
        Path.Combine(RepoPaths.Root, "host", "Platform.Host", "bin", "Release", "net10.0", "Platform.Host.dll");
#endif

    /// <summary>Starts the host and waits until <c>/health</c> answers 200.</summary>
    public static async Task<ChildPlatform> StartAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var dll = HostDll;
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The host is not built at {dll}.");
        }
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseUrl);
        info.Environment.Remove("ASPNETCORE_URLS");
        // Tests drive a child host hard with one key; a test that wants limits sets this variable itself.
        info.Environment["Platform__RateLimits__Enabled"] = "false";
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var child = new ChildPlatform(process, baseUrl);
        process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                var output = child.Output;
                child.Dispose();
                throw new InvalidOperationException($"The host exited with code {process.ExitCode} before it was ready:{Environment.NewLine}{output}");
            }
            if (stopwatch.Elapsed > timeout)
            {
                var output = child.Output;
                child.Dispose();
                throw new TimeoutException($"The host was not ready within {timeout.TotalSeconds:0} s:{Environment.NewLine}{output}");
            }
            try
            {
                using var response = await http.GetAsync(baseUrl + "/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return child;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
    }

    /// <summary>A client with the given API key.</summary>
    public HttpClient Client(string key, TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = timeout ?? TimeSpan.FromSeconds(100) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>Kills the process at once, as a crash would (SIGKILL), and waits for it to be gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        _output.Enqueue(line);
        while (_output.Count > 300 && _output.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
