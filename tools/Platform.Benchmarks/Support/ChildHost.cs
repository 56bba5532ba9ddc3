using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Platform.Benchmarks.Support;

/// <summary>
/// A web app started as a child process (<c>dotnet app.dll --urls http://127.0.0.1:port ...</c>) and the
/// time from <see cref="Process.Start()"/> to the first successful answer of a readiness URL.
/// </summary>
public sealed class ChildHost : IDisposable
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(2), PooledConnectionLifetime = TimeSpan.Zero })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentQueue<(TimeSpan At, string Line)> _timeline = new();
    private readonly Stopwatch _clock;

    private ChildHost(Process process, string baseUrl, Stopwatch clock)
    {
        _process = process;
        BaseUrl = baseUrl;
        _clock = clock;
    }

    /// <summary>When (since the process start) the first output line containing <paramref name="text"/> arrived, if one did.</summary>
    public TimeSpan? FirstLine(string text) =>
        _timeline.FirstOrDefault(l => l.Line.Contains(text, StringComparison.Ordinal)) is { Line: not null } found ? found.At : null;

    public string BaseUrl { get; }

    /// <summary>The API key the readiness probe used (null for a host that needs none).</summary>
    public string? ApiKey { get; private set; }

    /// <summary>The last lines the process wrote (for error reports).</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>
    /// Starts <paramref name="dll"/> with <c>dotnet</c> in its own folder (its content root, so its appsettings.json
    /// applies), polls <paramref name="readyPath"/> every few milliseconds until <paramref name="isReady"/> accepts
    /// a 200 answer, and returns the host with the elapsed time. With <paramref name="keyFolder"/> (the platform's
    /// data folder), each poll sends the demo tenant's API key once the host has written it there.
    /// </summary>
    public static async Task<(ChildHost Host, TimeSpan Elapsed, string Body)> StartAsync(
        string dll, IEnumerable<string> extraArgs, string readyPath, Func<string, bool> isReady, TimeSpan timeout, string? keyFolder = null)
    {
        var port = Ports.Free();
        var baseUrl = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(dll))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.GetFullPath(dll));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseUrl);
        foreach (var arg in extraArgs)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment.Remove("ASPNETCORE_URLS");
        info.Environment.Remove("DOTNET_gcServer");

        var stopwatch = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {dll}.");
        var host = new ChildHost(process, baseUrl, stopwatch);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var url = baseUrl + readyPath;
        string? apiKey = null;
        while (true)
        {
            if (process.HasExited)
            {
                var output = host.Output;
                host.Dispose();
                throw new InvalidOperationException($"{Path.GetFileName(dll)} exited with code {process.ExitCode} before answering:{Environment.NewLine}{output}");
            }
            if (stopwatch.Elapsed > timeout)
            {
                var output = host.Output;
                host.Dispose();
                throw new TimeoutException($"{Path.GetFileName(dll)} did not answer {readyPath} within {timeout.TotalSeconds:0} s:{Environment.NewLine}{output}");
            }
            try
            {
                if (keyFolder is not null)
                {
                    apiKey ??= ApiKeys.TryReadDemoKey(keyFolder);
                }
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                if (apiKey is not null)
                {
                    request.Headers.Add(ApiKeys.Header, apiKey);
                }
                using var response = await Http.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.OK && isReady(body))
                {
                    var elapsed = stopwatch.Elapsed;
                    host.ApiKey = apiKey;
                    return (host, elapsed, body);
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
            }
            catch (Exception) when (DisposeAndRethrow(host))
            {
                throw;
            }
            await Task.Delay(5);
        }
    }

    /// <summary>For the platform: every module listed by <c>/api/modules</c> is running, and there are <paramref name="expected"/> of them.</summary>
    public static Func<string, bool> AllModulesRunning(int expected) => body =>
    {
        using var json = JsonDocument.Parse(body);
        var modules = json.RootElement.EnumerateArray().ToList();
        var notRunning = modules.Where(m => m.GetProperty("state").GetString() != "running").ToList();
        if (notRunning.Count > 0)
        {
            throw new InvalidOperationException("Modules not running: " + string.Join("; ", notRunning.Select(m =>
                $"{m.GetProperty("id").GetString()} {m.GetProperty("state").GetString()}: {(m.TryGetProperty("faultReason", out var r) ? r.ToString() : "")}")));
        }
        if (modules.Count != expected)
        {
            throw new InvalidOperationException($"Expected {expected} modules, /api/modules lists {modules.Count}.");
        }
        return true;
    };

    /// <summary>Module ids under the module root (<c>&lt;id&gt;/&lt;version&gt;/</c>).</summary>
    public static int CountModules(string moduleRoot) =>
        Directory.Exists(moduleRoot) ? Directory.GetDirectories(moduleRoot).Count(d => Directory.GetDirectories(d).Length > 0) : 0;

    private static bool DisposeAndRethrow(ChildHost host)
    {
        host.Dispose();
        return false;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        if (_timeline.Count < 200)
        {
            _timeline.Enqueue((_clock.Elapsed, line));
        }
        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }

    /// <summary>Kills the process (this one only, by its id) and waits for it.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }
}
