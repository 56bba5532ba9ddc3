using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Platform.Benchmarks.Orders;

/// <summary>One block of requests against one target, as latencies (ms) and elapsed wall time.</summary>
public sealed record Block(double[] LatenciesMs, TimeSpan Elapsed);

/// <summary>
/// Sends pre-built JSON bodies with a fixed number of concurrent workers (closed loop) and times every request.
/// Every request carries the API key (the baseline ignores it; both targets get the same bytes).
/// </summary>
public sealed class LoadDriver : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 64,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseProxy = false,
    })
    { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>A driver for one URL, sending <paramref name="apiKey"/> as <c>X-Api-Key</c>.</summary>
    public LoadDriver(string url, string apiKey)
    {
        Url = url;
        _http.DefaultRequestHeaders.Add(Support.ApiKeys.Header, apiKey);
    }

    /// <summary>The URL posted to.</summary>
    public string Url { get; }

    /// <summary>Requests answered 201 so far (every request of a block that returned).</summary>
    public long Created => Interlocked.Read(ref _created);

    private long _created;

    /// <summary>Posts each body once, <paramref name="concurrency"/> at a time; throws on the first answer other than 201.</summary>
    public async Task<Block> RunAsync(IReadOnlyList<byte[]> bodies, int concurrency)
    {
        var latencies = new double[bodies.Count];
        var next = -1;
        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < bodies.Count)
            {
                var started = Stopwatch.GetTimestamp();
                using var content = new ByteArrayContent(bodies[i]);
                content.Headers.ContentType = Json;
                using var response = await _http.PostAsync(Url, content);
                var answer = await response.Content.ReadAsByteArrayAsync();
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    throw new InvalidOperationException(
                        $"POST {Url} answered {(int)response.StatusCode} (expected 201; the run is void): {System.Text.Encoding.UTF8.GetString(answer)}{Environment.NewLine}Body: {System.Text.Encoding.UTF8.GetString(bodies[i])}");
                }
                Interlocked.Increment(ref _created);
            }
        }).ToList();
        await Task.WhenAll(workers);
        return new Block(latencies, stopwatch.Elapsed);
    }

    public void Dispose() => _http.Dispose();
}
