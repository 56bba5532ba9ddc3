using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Platform.Benchmarks.Support;
using static Platform.Benchmarks.Support.Report;

namespace Platform.Benchmarks.Pipeline;

/// <summary>
/// Runs <see cref="PipelineBenchmarks"/> with BenchmarkDotNet, then the interleaved cross-check
/// (<see cref="PipelineCheck"/>), and prints figure 1 as markdown.
/// </summary>
public static class PipelineRunner
{
    private const double GoalMicroseconds = 2.0;
    private const double GoalBytes = 1024;
    private const int InvocationsPerIteration = 2048;

    private static readonly (string Method, string Label)[] Variants =
    [
        (nameof(PipelineBenchmarks.Baseline), "Baseline: hand-written EF insert in explicit transaction"),
        (nameof(PipelineBenchmarks.StoreOnly), "Entity store in explicit transaction (no pipeline)"),
        (nameof(PipelineBenchmarks.Pipeline0), "IDataService.Create, 0 steps"),
        (nameof(PipelineBenchmarks.Pipeline5), "IDataService.Create, 5 no-op steps"),
        (nameof(PipelineBenchmarks.BaselineNoInsert), "Baseline without the insert: hand-written empty transaction"),
        (nameof(PipelineBenchmarks.NullStore0), "IDataService.Create, 0 steps, no-op store (no insert)"),
        (nameof(PipelineBenchmarks.NullStore5), "IDataService.Create, 5 no-op steps, no-op store (no insert)"),
    ];

    /// <summary>One variant's figures: mean or median time (µs), its uncertainty (µs), allocated bytes per operation.</summary>
    private sealed record Measure(double Micros, double Spread, double Bytes);

    public static async Task<int> RunAsync(Options options)
    {
        try
        {
            return await RunFiguresAsync(options);
        }
        finally
        {
            await PipelineBenchmarks.DisposeSharedAsync();
        }
    }

    private static async Task<int> RunFiguresAsync(Options options)
    {
        var quick = options.Flag("quick");
        var skipBdn = options.Flag("check-only");
        Out.WriteLine("### Results: pipeline overhead");
        Out.WriteLine();
        if (!skipBdn && RunBenchmarkDotNet(quick) is var code && code != 0)
        {
            return code;
        }

        var rounds = options.Int("rounds", quick ? 10 : 60);
        var loadBefore = LoadAverage();
        Log($"pipeline: interleaved cross-check, {rounds} rounds of 100 operations per variant");
        var results = (await PipelineCheck.RunAsync(rounds)).ToDictionary(r => r.Method);
        // The notch of a box plot: an approximate 95% confidence half-width of a median.
        var notch = 1.58 / Math.Sqrt(rounds);
        var loadAfter = LoadAverage();
        Out.WriteLine($"**Interleaved cross-check** (Stopwatch; {rounds} rounds, each running 20 warm-up + 100 timed operations of every variant in turn, " +
            $"so load drift hits all variants alike; time = median block; ± = 1.58 × interquartile range / √rounds, an approximate 95% confidence half-width of the median; " +
            $"allocations counted exactly per operation on the calling thread); " +
            $"{BenchFolders.Describe()}; load average before/after: {loadBefore} / {loadAfter}.");
        Out.WriteLine();
        PrintTables(
            Variants.ToDictionary(v => v.Method, v => new Measure(results[v.Method].MedianMicros, notch * (results[v.Method].P75Micros - results[v.Method].P25Micros), results[v.Method].Bytes)),
            "Median (µs)", "± (µs)");
        return 0;
    }

    private static int RunBenchmarkDotNet(bool quick)
    {
        // In-process toolchain: no generated project to build (the repository's build props make that fragile),
        // and the benchmark runs under this process's runtime settings (server GC, as the host).
        // A fixed number of operations per iteration: the table is emptied before each (IterationSetup).
        var job = (quick ? Job.ShortRun : Job.Default)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithInvocationCount(InvocationsPerIteration)
            .WithUnrollFactor(1)
            .WithId(quick ? "quick" : "default");
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(new StandardErrorLogger())
            .AddExporter(MarkdownExporter.GitHub)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "platform-bench-bdn"))
            .WithOptions(ConfigOptions.DisableLogFile);

        var loadBefore = LoadAverage();
        Log($"pipeline: BenchmarkDotNet ({job.Id} job), database under {BenchFolders.DataRoot}");
        var summary = BenchmarkRunner.Run<PipelineBenchmarks>(config);
        var loadAfter = LoadAverage();
        if (summary.HasCriticalValidationErrors || summary.Reports.Any(r => r.ResultStatistics is null))
        {
            Log("pipeline: BenchmarkDotNet reported errors; see above.");
            return 1;
        }
        var byMethod = summary.Reports.ToDictionary(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name, Of);
        Out.WriteLine($"**BenchmarkDotNet** {typeof(BenchmarkRunner).Assembly.GetName().Version} ({(quick ? "ShortRun job: 3 iterations, indicative only" : "default job")}, {InvocationsPerIteration} operations per iteration, table emptied before each, " +
            $"in-process toolchain, MemoryDiagnoser); {BenchFolders.Describe()}; {Machine()}; load average before/after: {loadBefore} / {loadAfter}.");
        Out.WriteLine();
        PrintTables(byMethod, "Mean (µs)", "99.9% CI ± (µs)");
        return 0;
    }

    private static void PrintTables(IReadOnlyDictionary<string, Measure> m, string timeLabel, string spreadLabel)
    {
        var baseline = m[nameof(PipelineBenchmarks.Baseline)];
        Out.WriteLine(Table(
            ["Variant", timeLabel + ":", spreadLabel + ":", "Allocated/op:", "Ratio to baseline:"],
            Variants.Select(v => new[] { v.Label, F(m[v.Method].Micros), F(m[v.Method].Spread), Bytes(m[v.Method].Bytes), F(m[v.Method].Micros / baseline.Micros) + "×" })));

        string[] Row(string label, string minuend, string subtrahend, int divisor, bool judged)
        {
            if (divisor == 0)
            {
                return [label, "", "", "", "", ""];
            }
            var (a, b) = (m[minuend], m[subtrahend]);
            var time = (a.Micros - b.Micros) / divisor;
            var bytes = (a.Bytes - b.Bytes) / divisor;
            var spread = Math.Sqrt(a.Spread * a.Spread + b.Spread * b.Spread) / divisor;
            return [label, F(time), F(spread), Bytes(bytes), judged ? "≤ 2 µs, ≤ 1 KB" : "—", judged ? Verdict(time, spread, bytes) : "—"];
        }
        Out.WriteLine(Table(
            ["Derived figure", "Time (µs):", "± (µs):", "Allocated:", "Goal", "Verdict"],
            [
                Row("**With the insert** (the figure as specified; the insert's noise is of the order of the figure)", "", "", 0, false),
                Row("Per step, marginal: (5 steps − 0 steps) / 5", nameof(PipelineBenchmarks.Pipeline5), nameof(PipelineBenchmarks.Pipeline0), 5, true),
                Row("Per step, beyond the baseline: (5 steps − baseline) / 5", nameof(PipelineBenchmarks.Pipeline5), nameof(PipelineBenchmarks.Baseline), 5, true),
                Row("Fixed cost per operation: 0 steps − baseline", nameof(PipelineBenchmarks.Pipeline0), nameof(PipelineBenchmarks.Baseline), 1, false),
                Row("… of which the entity store's late-bound mapping: store − baseline", nameof(PipelineBenchmarks.StoreOnly), nameof(PipelineBenchmarks.Baseline), 1, false),
                Row("**Without the insert** (no-op store vs empty transaction: the same machinery, resolvable)", "", "", 0, false),
                Row("Per step, marginal: (5 steps − 0 steps) / 5", nameof(PipelineBenchmarks.NullStore5), nameof(PipelineBenchmarks.NullStore0), 5, true),
                Row("Per step, beyond the baseline: (5 steps − empty transaction) / 5", nameof(PipelineBenchmarks.NullStore5), nameof(PipelineBenchmarks.BaselineNoInsert), 5, true),
                Row("Fixed cost per operation: 0 steps − empty transaction", nameof(PipelineBenchmarks.NullStore0), nameof(PipelineBenchmarks.BaselineNoInsert), 1, false),
            ]));
        Out.WriteLine("A difference's ± combines the two half-widths (√(a²+b²)) and is divided like the figure. Time verdict: met when the whole interval is " +
            "within the goal, MISSED when all of it is beyond, inconclusive when the interval straddles the goal.");
        Out.WriteLine();
    }

    private static string Verdict(double micros, double margin, double bytes)
    {
        var timeMissed = micros - margin > GoalMicroseconds;
        var timeMet = micros + margin <= GoalMicroseconds;
        var bytesMissed = bytes > GoalBytes;
        if (timeMissed || bytesMissed)
        {
            return $"MISSED ({string.Join(" and ", new[] { timeMissed ? "time" : null, bytesMissed ? "allocations" : null }.OfType<string>())})";
        }
        return timeMet ? "met" : "inconclusive (time ± straddles 2 µs; allocations met)";
    }

    private static string Bytes(double bytes) => Math.Abs(bytes) >= 1024 ? $"{F(bytes / 1024.0, 2)} KB" : $"{F(bytes, 0)} B";

    private static Measure Of(BenchmarkReport report)
    {
        var stats = report.ResultStatistics!;
        var bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
        return new Measure(stats.Mean / 1000, stats.ConfidenceInterval.Margin / 1000, bytes);
    }

    /// <summary>BenchmarkDotNet's log to stderr, so stdout carries only the markdown report.</summary>
    private sealed class StandardErrorLogger : ILogger
    {
        public string Id => nameof(StandardErrorLogger);
        public int Priority => 0;
        public void Write(LogKind logKind, string text) => Console.Error.Write(text);
        public void WriteLine() => Console.Error.WriteLine();
        public void WriteLine(LogKind logKind, string text) => Console.Error.WriteLine(text);
        public void Flush() => Console.Error.Flush();
    }
}
