using System.Diagnostics;
using static Platform.Benchmarks.Support.Report;

namespace Platform.Benchmarks.Pipeline;

/// <summary>
/// A cross-check of figure 1 that is robust to a drifting machine load: the same benchmark methods, run in
/// small blocks that rotate through the variants (so each sees the same load), timed with a Stopwatch; the
/// figure is the median block. Allocations are counted exactly on the calling thread (the SQLite calls
/// complete synchronously, so an operation does not leave it).
/// </summary>
public static class PipelineCheck
{
    public sealed record Result(string Method, double MedianMicros, double P25Micros, double P75Micros, double Bytes);

    public static async Task<IReadOnlyList<Result>> RunAsync(int rounds, int blockSize = 100, int warmup = 20)
    {
        var bench = new PipelineBenchmarks();
        bench.Setup();
        var variants = new (string Method, Func<Task> Run)[]
        {
            (nameof(PipelineBenchmarks.Baseline), bench.Baseline),
            (nameof(PipelineBenchmarks.StoreOnly), bench.StoreOnly),
            (nameof(PipelineBenchmarks.Pipeline0), bench.Pipeline0),
            (nameof(PipelineBenchmarks.Pipeline5), bench.Pipeline5),
            (nameof(PipelineBenchmarks.BaselineNoInsert), bench.BaselineNoInsert),
            (nameof(PipelineBenchmarks.NullStore0), bench.NullStore0),
            (nameof(PipelineBenchmarks.NullStore5), bench.NullStore5),
        };
        var blocks = variants.Select(_ => new List<double>()).ToArray();
        var bytes = new long[variants.Length];
        var counted = new long[variants.Length];
        for (var round = 0; round < rounds; round++)
        {
            bench.EmptyTable();
            for (var v = 0; v < variants.Length; v++)
            {
                var run = variants[v].Run;
                for (var i = 0; i < warmup; i++)
                {
                    await run();
                }
                var started = Stopwatch.GetTimestamp();
                for (var i = 0; i < blockSize; i++)
                {
                    await run();
                }
                blocks[v].Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds / blockSize);
                if (round > 0)
                {
                    for (var i = 0; i < 10; i++)
                    {
                        var before = GC.GetAllocatedBytesForCurrentThread();
                        var task = run();
                        bytes[v] += GC.GetAllocatedBytesForCurrentThread() - before;
                        counted[v]++;
                        await task;
                    }
                }
            }
        }
        return [.. variants.Select((v, i) =>
        {
            var sorted = blocks[i].Order().ToArray();
            return new Result(v.Method, Median(sorted), Percentile(sorted, 25), Percentile(sorted, 75), counted[i] == 0 ? 0 : (double)bytes[i] / counted[i]);
        })];
    }
}
