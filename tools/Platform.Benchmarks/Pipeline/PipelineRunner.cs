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

/// <summary>Runs <see cref="PipelineBenchmarks"/> with BenchmarkDotNet and prints figure 1 as markdown.</summary>
public static class PipelineRunner
{
    private const double GoalMicroseconds = 2.0;
    private const double GoalBytes = 1024;

    public static int Run(Options options)
    {
        var quick = options.Flag("quick");
        // In-process toolchain: no generated project to build (the repository's build props make that fragile),
        // and the benchmark runs under this process's runtime settings (server GC, as the host).
        var job = (quick ? Job.ShortRun : Job.Default)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId(quick ? "quick" : "default");
        var artifacts = Path.Combine(Path.GetTempPath(), "platform-bench-bdn");
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(new StandardErrorLogger())
            .AddExporter(MarkdownExporter.GitHub)
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile);

        var loadBefore = LoadAverage();
        Log($"pipeline: BenchmarkDotNet ({job.Id} job), databases under {BenchFolders.DataRoot}");
        var summary = BenchmarkRunner.Run<PipelineBenchmarks>(config);
        var loadAfter = LoadAverage();
        if (summary.HasCriticalValidationErrors || summary.Reports.Any(r => r.ResultStatistics is null))
        {
            Log("pipeline: BenchmarkDotNet reported errors; see above.");
            return 1;
        }

        var byMethod = summary.Reports.ToDictionary(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name);
        var baseline = Measure.Of(byMethod[nameof(PipelineBenchmarks.Baseline)]);
        var store = Measure.Of(byMethod[nameof(PipelineBenchmarks.StoreOnly)]);
        var zero = Measure.Of(byMethod[nameof(PipelineBenchmarks.Pipeline0)]);
        var five = Measure.Of(byMethod[nameof(PipelineBenchmarks.Pipeline5)]);
        var nullZero = Measure.Of(byMethod[nameof(PipelineBenchmarks.NullStore0)]);
        var nullFive = Measure.Of(byMethod[nameof(PipelineBenchmarks.NullStore5)]);

        Out.WriteLine("### Results: pipeline overhead");
        Out.WriteLine();
        Out.WriteLine($"{(quick ? "**Quick run** (BenchmarkDotNet ShortRun: 3 iterations; indicative only). " : "")}" +
            $"{BenchFolders.Describe()}; {Machine()}; BenchmarkDotNet {typeof(BenchmarkRunner).Assembly.GetName().Version}, in-process toolchain; " +
            $"load average before/after: {loadBefore} / {loadAfter}.");
        Out.WriteLine();
        Out.WriteLine(Table(
            ["Variant", "Mean (µs):", "99.9% CI ± (µs):", "Median (µs):", "Allocated/op:", "Ratio to baseline:"],
            new[] { ("Baseline: hand-written EF insert in explicit transaction", baseline), ("Entity store in explicit transaction (no pipeline)", store),
                    ("IDataService.Create, 0 steps", zero), ("IDataService.Create, 5 no-op steps", five),
                    ("IDataService.Create, 0 steps, no-op store (no insert)", nullZero), ("IDataService.Create, 5 no-op steps, no-op store (no insert)", nullFive) }
                .Select(v => new[] { v.Item1, F(v.Item2.Micros), F(v.Item2.MarginMicros), F(v.Item2.MedianMicros), Bytes(v.Item2.Bytes), F(v.Item2.Micros / baseline.Micros) + "×" })));

        var marginalTime = (five.Micros - zero.Micros) / 5;
        var marginalMargin = Math.Sqrt(five.MarginMicros * five.MarginMicros + zero.MarginMicros * zero.MarginMicros) / 5;
        var marginalBytes = (five.Bytes - zero.Bytes) / 5.0;
        var beyondTime = (five.Micros - baseline.Micros) / 5;
        var beyondMargin = Math.Sqrt(five.MarginMicros * five.MarginMicros + baseline.MarginMicros * baseline.MarginMicros) / 5;
        var beyondBytes = (five.Bytes - baseline.Bytes) / 5.0;
        Out.WriteLine(Table(
            ["Per-step figure", "Time per step (µs):", "± (µs):", "Allocated per step:", "Goal", "Verdict"],
            [
                ["(5 steps − 0 steps) / 5: marginal cost of a step", F(marginalTime), F(marginalMargin), Bytes(marginalBytes),
                    "≤ 2 µs, ≤ 1 KB", Verdict(marginalTime, marginalBytes)],
                ["(5 steps − baseline) / 5: pipeline + steps beyond hand-written code, per step", F(beyondTime), F(beyondMargin), Bytes(beyondBytes),
                    "≤ 2 µs, ≤ 1 KB", Verdict(beyondTime, beyondBytes)],
                ["No-op store: (5 steps − 0 steps) / 5, the marginal cost of a step without the insert's noise", F((nullFive.Micros - nullZero.Micros) / 5),
                    F(Math.Sqrt(nullFive.MarginMicros * nullFive.MarginMicros + nullZero.MarginMicros * nullZero.MarginMicros) / 5), Bytes((nullFive.Bytes - nullZero.Bytes) / 5.0),
                    "≤ 2 µs, ≤ 1 KB", Verdict((nullFive.Micros - nullZero.Micros) / 5, (nullFive.Bytes - nullZero.Bytes) / 5.0)],
                ["(0 steps − baseline): fixed cost of the pipeline itself (not per step)", F(zero.Micros - baseline.Micros),
                    F(Math.Sqrt(zero.MarginMicros * zero.MarginMicros + baseline.MarginMicros * baseline.MarginMicros)), Bytes(zero.Bytes - baseline.Bytes), "—", "—"],
            ]));
        Out.WriteLine("± is the 99.9% confidence half-width BenchmarkDotNet reports, combined for the difference (√(a²+b²), divided like the figure).");
        Out.WriteLine();
        return 0;
    }

    private static string Verdict(double micros, double bytes) =>
        micros <= GoalMicroseconds && bytes <= GoalBytes
            ? "met"
            : $"MISSED ({(micros > GoalMicroseconds ? "time" : "")}{(micros > GoalMicroseconds && bytes > GoalBytes ? ", " : "")}{(bytes > GoalBytes ? "allocations" : "")})";

    private static string Bytes(double bytes) => Math.Abs(bytes) >= 1024 ? $"{F(bytes / 1024.0, 2)} KB" : $"{F(bytes, 0)} B";

    private sealed record Measure(double Micros, double MarginMicros, double MedianMicros, long Bytes)
    {
        public static Measure Of(BenchmarkReport report)
        {
            var stats = report.ResultStatistics!;
            var bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
            return new Measure(stats.Mean / 1000, stats.ConfidenceInterval.Margin / 1000, stats.Median / 1000, bytes);
        }
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
