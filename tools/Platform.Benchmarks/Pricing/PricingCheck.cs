using System.Diagnostics;

namespace Platform.Benchmarks.Pricing;

/// <summary>
/// Per-call latency distribution that BenchmarkDotNet's per-iteration means do not give: each quote is timed
/// alone with a Stopwatch (the two variants interleaved, so load drift hits both), and the batch figures are
/// timed per 10,000-item block; percentiles are over those samples.
/// </summary>
public static class PricingCheck
{
    public sealed record Distribution(string Method, double P50Micros, double P90Micros, double P99Micros, double MeanMicros, int Samples);

    public static IReadOnlyList<Distribution> Run(int quotes, int blocks)
    {
        var bench = new PricingBenchmarks();
        bench.Setup();
        var bare = new List<double>(quotes);
        var promoted = new List<double>(quotes);
        for (var i = 0; i < 2000; i++)
        {
            bench.CartWithoutPromotions();
            bench.CartWith1000Promotions();
        }
        for (var i = 0; i < quotes; i++)
        {
            var started = Stopwatch.GetTimestamp();
            bench.CartWithoutPromotions();
            bare.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
            started = Stopwatch.GetTimestamp();
            bench.CartWith1000Promotions();
            promoted.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
        }
        var plain = new List<double>(blocks);
        var batch = new List<double>(blocks);
        for (var i = 0; i < 5; i++)
        {
            bench.PlainLoop();
            bench.CatalogReprice();
        }
        for (var i = 0; i < blocks; i++)
        {
            var started = Stopwatch.GetTimestamp();
            bench.PlainLoop();
            plain.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
            started = Stopwatch.GetTimestamp();
            bench.CatalogReprice();
            batch.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
        }
        return
        [
            Of(nameof(PricingBenchmarks.CartWithoutPromotions), bare),
            Of(nameof(PricingBenchmarks.CartWith1000Promotions), promoted),
            Of(nameof(PricingBenchmarks.PlainLoop), plain),
            Of(nameof(PricingBenchmarks.CatalogReprice), batch),
        ];
    }

    private static Distribution Of(string method, List<double> samples)
    {
        samples.Sort();
        double At(double q) => samples[Math.Min(samples.Count - 1, (int)(q * samples.Count))];
        return new Distribution(method, At(0.50), At(0.90), At(0.99), samples.Average(), samples.Count);
    }
}
