using System.Globalization;
using System.Text.Json;
using Platform.Benchmarks.Support;
using static Platform.Benchmarks.Support.Report;

namespace Platform.Benchmarks.Orders;

/// <summary>
/// Figure 6: the same order create (5 lines, over HTTP) with the Pricing module enabled for the tenant
/// (its PreOperation step prices every line against the demo price lists and promotion calendar) and
/// with it disabled, on one platform and one database. Rounds alternate the two states (the module is
/// switched through the tenants API between rounds), so both see the same machine load. Every request
/// must answer 201.
/// </summary>
public static class OrdersPricingRunner
{
    private const double GoalRatio = 1.3;
    private const string PricingModule = "platform.pricing";

    public static async Task<int> RunAsync(Options options)
    {
        var quick = options.Flag("quick");
        var moduleRoot = Path.GetFullPath(options.Required("module-root"));
        var requests = options.Int("requests", quick ? 200 : 2000);
        var warmup = options.Int("warmup", quick ? 50 : 300);
        var rounds = options.Int("rounds", quick ? 2 : 6);
        var levels = options.Ints("concurrency", [1, 4]);
        var seeded = options.String("seeded") is { } given ? Path.GetFullPath(given)
            : await SeededData.CreateAsync(Path.GetFullPath(options.Required("host-dll")), moduleRoot);
        var ownsSeeded = options.String("seeded") is null;
        var loadBefore = LoadAverage();
        try
        {
            await using var targets = await OrderTargets.StartSqliteAsync(seeded, moduleRoot);
            var platform = targets.Platform;
            var bodies = await PricedBodies.CreateAsync(platform.BaseUrl, platform.ApiKey);
            using var driver = new LoadDriver(platform.BaseUrl + PlatformOrderServer.Route, platform.ApiKey);
            Task Set(bool enabled) => ModuleToggle.SetAsync(platform.BaseUrl, platform.ApiKey, PricingModule, enabled);
            foreach (var enabled in new[] { false, true })
            {
                await Set(enabled);
                await driver.RunAsync(bodies.Next(warmup), 1);
                await driver.RunAsync(bodies.Next(warmup), levels.Max());
            }

            var rows = new List<string[]>();
            var verdicts = new List<string[]>();
            foreach (var concurrency in levels)
            {
                var results = new Dictionary<bool, List<Block>> { [false] = [], [true] = [] };
                for (var round = 0; round < rounds; round++)
                {
                    foreach (var enabled in round % 2 == 0 ? new[] { false, true } : [true, false])
                    {
                        await Set(enabled);
                        var share = requests / rounds + (round < requests % rounds ? 1 : 0);
                        var block = await driver.RunAsync(bodies.Next(share), concurrency);
                        results[enabled].Add(block);
                        Log($"orders-pricing: c={concurrency} round {round + 1} pricing {(enabled ? "on" : "off")}: {share / block.Elapsed.TotalSeconds:0} orders/s");
                    }
                }
                var off = LatencySummary.Of(results[false]);
                var on = LatencySummary.Of(results[true]);
                rows.Add([concurrency.ToString(CultureInfo.InvariantCulture), "Without Pricing (module disabled for the tenant)", F(off.Throughput, 0), F(off.P50), F(off.P99)]);
                rows.Add([concurrency.ToString(CultureInfo.InvariantCulture), "With Pricing (every line priced, promotions, approval bands)", F(on.Throughput, 0), F(on.P50), F(on.P99)]);
                var ratio = off.Throughput / on.Throughput;
                var p50Ratio = on.P50 / off.P50;
                verdicts.Add([concurrency.ToString(CultureInfo.InvariantCulture), F(ratio) + "×", F(p50Ratio) + "×", "≤ 1.3×", ratio <= GoalRatio && p50Ratio <= GoalRatio ? "met" : "MISSED"]);
            }
            var expected = (long)(warmup * 4 + requests * 2 * levels.Length);
            if (driver.Created != expected)
            {
                throw new InvalidOperationException($"Expected {expected} answers 201; the platform gave {driver.Created}.");
            }
            Out.WriteLine("### Results: order create with and without the Pricing module (SQLite)");
            Out.WriteLine();
            Out.WriteLine($"{(quick ? "**Quick run** (few requests; indicative only). " : "")}{requests} requests per state and concurrency level after {warmup * 2} warm-up requests per state, " +
                $"in {rounds} rounds alternating the module's state; the demo tenant's seeded data (price lists, {bodies.ProductCount} products, the promotion calendar); " +
                $"each order 5 lines at list price (no manual discount); all {expected} requests answered 201; {Machine()}; load average before/after: {loadBefore} / {LoadAverage()}.");
            Out.WriteLine();
            Out.WriteLine(Table(["Concurrency:", "State", "Orders/s:", "p50 (ms):", "p99 (ms):"], rows));
            Out.WriteLine(Table(["Concurrency:", "Throughput ratio (without ÷ with):", "p50 ratio (with ÷ without):", "Goal", "Verdict"], verdicts));
            return 0;
        }
        finally
        {
            if (ownsSeeded)
            {
                BenchFolders.TryDelete(seeded);
            }
        }
    }

    /// <summary>Order bodies over the seeded customers and active products, each line at the product's list price.</summary>
    private sealed class PricedBodies(List<Guid> customers, List<(Guid Id, decimal ListPrice)> products)
    {
        private readonly Random _random = new(7);
        private readonly string _run = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        private int _sequence;

        public int ProductCount => products.Count;

        public static async Task<PricedBodies> CreateAsync(string baseUrl, string apiKey)
        {
            using var http = ApiKeys.Client(baseUrl, apiKey);
            using var customers = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/core/customers?pageSize=100", UriKind.Relative)));
            using var products = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/core/products?pageSize=100&filter=" + Uri.EscapeDataString("active eq true"), UriKind.Relative)));
            return new PricedBodies(
                [.. customers.RootElement.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid())],
                [.. products.RootElement.GetProperty("items").EnumerateArray().Select(p => (p.GetProperty("id").GetGuid(), p.GetProperty("listPrice").GetDecimal()))]);
        }

        public List<byte[]> Next(int count) => [.. Enumerable.Range(0, count).Select(_ => Create())];

        private byte[] Create() => JsonSerializer.SerializeToUtf8Bytes(new
        {
            number = $"BENCH-P-{_run}-{++_sequence:D7}",
            customerId = customers[_random.Next(customers.Count)],
            channel = "Online",
            orderedAt = DateTimeOffset.UtcNow.AddMinutes(-_random.Next(0, 10_000)),
            status = "Draft",
            currency = "CNY",
            lines = products.OrderBy(_ => _random.Next()).Take(5)
                .Select(p => new { productId = p.Id, quantity = _random.Next(1, 10), listPrice = p.ListPrice, netPrice = p.ListPrice }).ToList(),
        }, OrderServers.Json);
    }
}
