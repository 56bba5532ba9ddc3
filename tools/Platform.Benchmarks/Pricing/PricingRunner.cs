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

namespace Platform.Benchmarks.Pricing;

/// <summary>
/// Runs <see cref="PricingBenchmarks"/> with BenchmarkDotNet, then the per-call percentile pass
/// (<see cref="PricingCheck"/>), and prints figure 5 as markdown: absolute figures, ratios to the same-run
/// baselines, and the goals (quote p50 ≤ 50 µs; batch ≥ 500,000 lines/s on one core).
/// </summary>
public static class PricingRunner
{
    private const double QuoteGoalMicros = 50.0;
    private const double BatchGoalLinesPerSecond = 500_000;

    private static readonly (string Method, string Label)[] Variants =
    [
        (nameof(PricingBenchmarks.CartWithoutPromotions), "Quote baseline: 10-line cart, no promotions"),
        (nameof(PricingBenchmarks.CartWith1000Promotions), "Quote: 10-line cart, 1,000 active promotions (full explanation)"),
        (nameof(PricingBenchmarks.PlainLoop), "Batch baseline: plain price × quantity + rounding, 10,000 items"),
        (nameof(PricingBenchmarks.CatalogReprice), "Batch: CatalogRepricer, 10,000 items, 1,000 promotions"),
    ];

    public static Task<int> RunAsync(Options options)
    {
        var quick = options.Flag("quick");
        Out.WriteLine("### Results: pricing engine");
        Out.WriteLine();
        if (!options.Flag("check-only") && RunBenchmarkDotNet(quick) is var code && code != 0)
        {
            return Task.FromResult(code);
        }
        var quotes = options.Int("quotes", quick ? 5_000 : 50_000);
        var blocks = options.Int("blocks", quick ? 30 : 200);
        var loadBefore = LoadAverage();
        Log($"pricing: per-call pass, {quotes} quotes and {blocks} batch blocks per variant");
        var results = PricingCheck.Run(quotes, blocks).ToDictionary(r => r.Method);
        var loadAfter = LoadAverage();
        Out.WriteLine($"**Per-call distribution** (Stopwatch; each quote timed alone, {quotes} per variant, interleaved; batch timed per 10,000-item block, {blocks} blocks; " +
            $"{Machine()}; load average before/after: {loadBefore} / {loadAfter}).");
        Out.WriteLine();
        var quoteBase = results[nameof(PricingBenchmarks.CartWithoutPromotions)];
        var batchBase = results[nameof(PricingBenchmarks.PlainLoop)];
        Out.WriteLine(Table(
            ["Variant", "p50 (µs):", "p90 (µs):", "p99 (µs):", "Mean (µs):", "Lines/s at p50:", "p50 ratio to baseline:"],
            Variants.Select(v =>
            {
                var r = results[v.Method];
                var isBatch = v.Method is nameof(PricingBenchmarks.PlainLoop) or nameof(PricingBenchmarks.CatalogReprice);
                var baseline = isBatch ? batchBase : quoteBase;
                var lines = (isBatch ? 10_000 : PricingWorkload.LinesPerCart) / (r.P50Micros / 1e6);
                return new[] { v.Label, F(r.P50Micros), F(r.P90Micros), F(r.P99Micros), F(r.MeanMicros), F(lines, 0), F(r.P50Micros / baseline.P50Micros) + "×" };
            })));
        var quote = results[nameof(PricingBenchmarks.CartWith1000Promotions)];
        var batch = results[nameof(PricingBenchmarks.CatalogReprice)];
        var batchRate = 10_000 / (batch.P50Micros / 1e6);
        Out.WriteLine(Table(
            ["Goal", "Measured", "Verdict"],
            [
                ["Quote p50 ≤ 50 µs (10 lines, 1,000 promotions)", $"{F(quote.P50Micros)} µs", quote.P50Micros <= QuoteGoalMicros ? "met" : "MISSED"],
                ["Batch ≥ 500,000 lines/s on one core", $"{F(batchRate, 0)} lines/s", batchRate >= BatchGoalLinesPerSecond ? "met" : "MISSED"],
            ]));
        Out.WriteLine("Single-threaded: every figure is one core's work (the benchmark process runs one pricing call at a time).");
        Out.WriteLine();
        return Task.FromResult(0);
    }

    private static int RunBenchmarkDotNet(bool quick)
    {
        var job = (quick ? Job.ShortRun : Job.Default)
            .WithToolchain(InProcessEmitToolchain.Instance)
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
        Log($"pricing: BenchmarkDotNet ({job.Id} job)");
        var summary = BenchmarkRunner.Run<PricingBenchmarks>(config);
        var loadAfter = LoadAverage();
        if (summary.HasCriticalValidationErrors || summary.Reports.Any(r => r.ResultStatistics is null))
        {
            Log("pricing: BenchmarkDotNet reported errors; see above.");
            return 1;
        }
        var byMethod = summary.Reports.ToDictionary(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name);
        Out.WriteLine($"**BenchmarkDotNet** {typeof(BenchmarkRunner).Assembly.GetName().Version} ({(quick ? "ShortRun job: 3 iterations, indicative only" : "default job")}, " +
            $"in-process toolchain, MemoryDiagnoser); {Machine()}; load average before/after: {loadBefore} / {loadAfter}.");
        Out.WriteLine();
        var quoteBase = byMethod[nameof(PricingBenchmarks.CartWithoutPromotions)].ResultStatistics!;
        var batchBase = byMethod[nameof(PricingBenchmarks.PlainLoop)].ResultStatistics!;
        Out.WriteLine(Table(
            ["Variant", "Mean (µs):", "Median (µs):", "99.9% CI ± (µs):", "Allocated/op:", "Lines/s (mean):", "Ratio to baseline:"],
            Variants.Select(v =>
            {
                var report = byMethod[v.Method];
                var stats = report.ResultStatistics!;
                var isBatch = v.Method is nameof(PricingBenchmarks.PlainLoop) or nameof(PricingBenchmarks.CatalogReprice);
                var baseline = isBatch ? batchBase : quoteBase;
                var lines = (isBatch ? 10_000 : PricingWorkload.LinesPerCart) / (stats.Mean / 1e9);
                var bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
                return new[]
                {
                    v.Label, F(stats.Mean / 1000), F(stats.Median / 1000), F(stats.ConfidenceInterval.Margin / 1000),
                    bytes >= 1024 ? $"{F(bytes / 1024.0, 2)} KB" : $"{bytes} B", F(lines, 0), F(stats.Mean / baseline.Mean) + "×",
                };
            })));
        return 0;
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
