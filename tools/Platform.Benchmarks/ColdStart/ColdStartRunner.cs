using Platform.Benchmarks.Support;
using static Platform.Benchmarks.Support.Report;

namespace Platform.Benchmarks.ColdStart;

/// <summary>
/// Figure 2: process start to the first successful answer, N times each, interleaved run by run:
/// the empty ASP.NET Core app (GET /ping), the platform on a copy of a seeded data folder and the platform
/// on an empty data folder (GET /api/modules, every module running).
/// </summary>
public static class ColdStartRunner
{
    private const double GoalSeconds = 2.0;

    public static async Task<int> RunAsync(Options options)
    {
        var quick = options.Flag("quick");
        var hostDll = Path.GetFullPath(options.Required("host-dll"));
        var emptyDll = Path.GetFullPath(options.Required("empty-dll"));
        var moduleRoot = Path.GetFullPath(options.Required("module-root"));
        var runs = options.Int("runs", quick ? 3 : 10);
        var modules = ChildHost.CountModules(moduleRoot);
        var seeded = options.String("seeded") is { } given ? Path.GetFullPath(given) : await SeededData.CreateAsync(hostDll, moduleRoot);
        var ownsSeeded = options.String("seeded") is null;
        var timeout = TimeSpan.FromMinutes(3);
        var loadBefore = LoadAverage();

        var variants = new (string Name, Func<string, Task<Timing>> Run)[]
        {
            ("Baseline: empty ASP.NET Core app, GET /ping", async _ =>
            {
                var (host, elapsed, _) = await ChildHost.StartAsync(emptyDll, [], "/ping", _ => true, timeout);
                host.Dispose();
                return Timing.Of(host, elapsed);
            }),
            ("Platform, seeded data folder (copy), GET /api/modules", async folder =>
            {
                BenchFolders.CopyFolder(seeded, folder);
                return await StartPlatformAsync(hostDll, folder, moduleRoot, modules, timeout);
            }),
            ("Platform, fresh (empty) data folder: migrate + seed demo data, GET /api/modules", folder =>
                StartPlatformAsync(hostDll, folder, moduleRoot, modules, timeout)),
        };

        Log($"coldstart: 1 warm-up + {runs} runs of each variant, interleaved; {modules} module(s) under {moduleRoot}");
        var times = variants.Select(_ => new List<double>()).ToArray();
        var timings = variants.Select(_ => new List<Timing>()).ToArray();
        for (var run = 0; run <= runs; run++)
        {
            for (var v = 0; v < variants.Length; v++)
            {
                var folder = BenchFolders.NewFolder("platform-bench-coldstart");
                try
                {
                    var timing = await variants[v].Run(folder);
                    Log($"coldstart: run {(run == 0 ? "warm-up" : run.ToString(Invariant))}, {variants[v].Name}: {timing.Total.TotalMilliseconds:0} ms");
                    if (run > 0)
                    {
                        times[v].Add(timing.Total.TotalMilliseconds);
                        timings[v].Add(timing);
                    }
                }
                finally
                {
                    BenchFolders.TryDelete(folder);
                }
            }
        }
        if (ownsSeeded)
        {
            BenchFolders.TryDelete(seeded);
        }
        var loadAfter = LoadAverage();

        var baselineMedian = Median(times[0]);
        Out.WriteLine("### Results: cold start");
        Out.WriteLine();
        Out.WriteLine($"{(quick ? "**Quick run** (few runs; indicative only). " : "")}{runs} runs per variant after one warm-up run each, interleaved; " +
            $"Release builds started with `dotnet <dll>`; data folders under {BenchFolders.DataRoot}; {modules} module(s) loaded; {Machine()}; " +
            $"load average before/after: {loadBefore} / {loadAfter}.");
        Out.WriteLine();
        Out.WriteLine(Table(
            ["Variant", "Min (ms):", "Median (ms):", "Max (ms):", "Median − baseline (ms):", "Ratio to baseline (medians):", "Goal", "Verdict"],
            variants.Select((v, i) =>
            {
                var median = Median(times[i]);
                var isBaseline = i == 0;
                return new[]
                {
                    v.Name, F(times[i].Min(), 0), F(median, 0), F(times[i].Max(), 0),
                    isBaseline ? "—" : F(median - baselineMedian, 0),
                    isBaseline ? "1.00×" : F(median / baselineMedian) + "×",
                    isBaseline ? "—" : "≤ 2 s",
                    isBaseline ? "—" : median <= GoalSeconds * 1000 ? "met" : "MISSED",
                };
            })));
        Out.WriteLine(Table(
            ["Median milestone, ms after process start (from the console log's arrival)", "Baseline:", "Platform, seeded:", "Platform, fresh:"],
            Timing.Milestones.Select(m => new[] { m.Label }.Concat(timings.Select(t => t.Select(x => x.At(m.Key)).OfType<double>().ToList() is { Count: > 0 } found ? F(Median(found), 0) : "—")).ToArray())));
        Out.WriteLine(Table(
            [$"After the figure (not part of it): the first data request, GET {FirstDataPath}", "Baseline:", "Platform, seeded:", "Platform, fresh:"],
            [["Median duration (ms)", .. timings.Select(t => t.Select(x => x.FirstData?.TotalMilliseconds).OfType<double>().ToList() is { Count: > 0 } found ? F(Median(found), 0) : "—")]]));
        Out.WriteLine("Every run, in order (ms): " + string.Join("; ", variants.Select((v, i) => $"{v.Name.Split(',')[0].Split(':')[0]}{(i == 0 ? "" : i == 1 ? " (seeded)" : " (fresh)")}: {string.Join(", ", times[i].Select(t => F(t, 0)))}")));
        Out.WriteLine();
        return 0;
    }

    private static async Task<Timing> StartPlatformAsync(string hostDll, string folder, string moduleRoot, int modules, TimeSpan timeout)
    {
        // The probe sends the demo tenant's key (read from the data folder once the host has written it): every
        // endpoint but /health needs one, so the figure is the first authenticated 200 of /api/modules.
        var (host, elapsed, _) = await ChildHost.StartAsync(hostDll, SeededData.HostArgs(folder, moduleRoot), "/api/modules",
            ChildHost.AllModulesRunning(modules), timeout, keyFolder: folder);
        using (host)
        {
            // Not part of the figure: the first request that reads data, right after the host answered.
            using var http = ApiKeys.Client(host.BaseUrl, host.ApiKey ?? ApiKeys.ReadDemoKey(folder));
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            using var response = await http.GetAsync(FirstDataPath);
            var body = await response.Content.ReadAsStringAsync();
            var firstData = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"GET {FirstDataPath} answered {(int)response.StatusCode}: {body}");
            }
            return Timing.Of(host, elapsed) with { FirstData = firstData };
        }
    }

    /// <summary>The data request timed after the platform is ready (informative, not the figure).</summary>
    private const string FirstDataPath = "/api/core/customers?pageSize=1";

    /// <summary>One start: the total and when the log lines that mark its phases arrived.</summary>
    private sealed record Timing(TimeSpan Total, Dictionary<string, TimeSpan?> Lines)
    {
        /// <summary>How long the first data request took once the platform answered (platform only).</summary>
        public TimeSpan? FirstData { get; init; }

        public static readonly (string Key, string Label)[] Milestones =
        [
            ("is Running", "Modules loaded and registered (\"Module … is Running\", end of AddPlatform)"),
            ("schemas ready", "Module schemas checked/migrated and modules started (\"schemas ready in\")"),
            ("Seeded demo data", "Demo data written (fresh folder only)"),
            ("Now listening on", "Kestrel listening (\"Now listening on\")"),
            ("", "First 200 (the figure)"),
        ];

        public double? At(string key) => key.Length == 0 ? Total.TotalMilliseconds : Lines.GetValueOrDefault(key)?.TotalMilliseconds;

        public static Timing Of(ChildHost host, TimeSpan total) =>
            new(total, Milestones.Where(m => m.Key.Length > 0).ToDictionary(m => m.Key, m => host.FirstLine(m.Key)));
    }
}
