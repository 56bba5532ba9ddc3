using static Platform.Benchmarks.Support.Report;

namespace Platform.Benchmarks.Orders;

/// <summary>Throughput and latency percentiles of the blocks one target (or state) ran.</summary>
internal sealed record LatencySummary(double Throughput, double P50, double P99, int Count)
{
    public static LatencySummary Of(List<Block> blocks)
    {
        var latencies = blocks.SelectMany(b => b.LatenciesMs).Order().ToArray();
        var seconds = blocks.Sum(b => b.Elapsed.TotalSeconds);
        return new LatencySummary(latencies.Length / seconds, Percentile(latencies, 50), Percentile(latencies, 99), latencies.Length);
    }
}
