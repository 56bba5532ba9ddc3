using System.Globalization;
using System.Text.Json;
using Platform.Benchmarks.Support;
using static Platform.Benchmarks.Support.Report;

namespace Platform.Benchmarks.Orders;

/// <summary>
/// Figure 3: create an order with 5 lines over HTTP. The platform (in process, Kestrel, every module
/// loaded) and the hand-written baseline endpoint (in process, Kestrel, EF Core) each get a copy of the
/// same seeded database (SQLite), or share the platform's tenant database on a PostgreSQL server
/// (<c>--provider PostgreSql --connection-string …</c>); after a warm-up, each concurrency level runs in
/// rounds that alternate the two targets, so both see the same machine load. Every measured request must
/// answer 201 (authenticated with the demo tenant's key), or the run fails.
/// </summary>
public static class OrdersRunner
{
    private const double GoalRatio = 1.5;

    public static async Task<int> RunAsync(Options options)
    {
        var quick = options.Flag("quick");
        var moduleRoot = Path.GetFullPath(options.Required("module-root"));
        var requests = options.Int("requests", quick ? 200 : 2000);
        var warmup = options.Int("warmup", quick ? 50 : 300);
        var rounds = options.Int("rounds", quick ? 2 : 4);
        var breakdownRounds = options.Flag("no-breakdown") ? 0 : options.Int("breakdown-rounds", quick ? 3 : 20);
        var levels = options.Ints("concurrency", [1, 4]);
        var provider = options.String("provider") ?? "Sqlite";
        var postgres = provider switch
        {
            "Sqlite" => false,
            "PostgreSql" => true,
            _ => throw new ArgumentException($"--provider {provider}: use Sqlite or PostgreSql."),
        };
        var serverConnectionString = postgres
            ? options.String("connection-string") ?? Environment.GetEnvironmentVariable("PLATFORM_TEST_POSTGRES")
                ?? throw new ArgumentException("--provider PostgreSql needs --connection-string <server> (or PLATFORM_TEST_POSTGRES).")
            : null;
        var ownsSeeded = !postgres && options.String("seeded") is null;
        var seeded = postgres ? null
            : options.String("seeded") is { } given ? Path.GetFullPath(given)
            : await SeededData.CreateAsync(Path.GetFullPath(options.Required("host-dll")), moduleRoot);

        var loadBefore = LoadAverage();
        try
        {
            await using var targets = postgres
                ? await OrderTargets.StartPostgreSqlAsync(serverConnectionString!, moduleRoot)
                : await OrderTargets.StartSqliteAsync(seeded!, moduleRoot);
            var platform = targets.Platform;
            var baseline = targets.Baseline;
            // This figure is the platform's own cost over Core (issue 3); Pricing's cost on top is figure `orders-pricing`.
            await ModuleToggle.SetAsync(platform.BaseUrl, platform.ApiKey, "platform.pricing", enabled: false);
            var (customers, products) = await ReferencesAsync(platform.BaseUrl, platform.ApiKey);
            Log($"orders: {customers.Count} customers, {products.Count} active products; {warmup} warm-up + {requests} requests per target and level, {rounds} rounds");

            using var platformDriver = new LoadDriver(platform.BaseUrl + PlatformOrderServer.Route, platform.ApiKey);
            using var baselineDriver = new LoadDriver(baseline.BaseUrl + BaselineOrderServer.Route, platform.ApiKey);
            var bodies = new Bodies(customers, products);
            foreach (var driver in new[] { baselineDriver, platformDriver })
            {
                await driver.RunAsync(bodies.Next(warmup), 1);
                await driver.RunAsync(bodies.Next(warmup), levels.Max());
            }

            var rows = new List<string[]>();
            var verdicts = new List<string[]>();
            foreach (var concurrency in levels)
            {
                var results = new Dictionary<LoadDriver, List<Block>> { [baselineDriver] = [], [platformDriver] = [] };
                for (var round = 0; round < rounds; round++)
                {
                    var order = round % 2 == 0 ? new[] { baselineDriver, platformDriver } : [platformDriver, baselineDriver];
                    foreach (var driver in order)
                    {
                        var share = requests / rounds + (round < requests % rounds ? 1 : 0);
                        var block = await driver.RunAsync(bodies.Next(share), concurrency);
                        results[driver].Add(block);
                        Log($"orders: c={concurrency} round {round + 1} {(driver == platformDriver ? "platform" : "baseline")}: {share / block.Elapsed.TotalSeconds:0} orders/s");
                    }
                }
                var b = LatencySummary.Of(results[baselineDriver]);
                var p = LatencySummary.Of(results[platformDriver]);
                rows.Add([concurrency.ToString(Invariant), targets.BaselineName, F(b.Throughput, 0), F(b.P50), F(b.P99), b.Count.ToString(Invariant)]);
                rows.Add([concurrency.ToString(Invariant), "Platform: POST /api/core/orders", F(p.Throughput, 0), F(p.P50), F(p.P99), p.Count.ToString(Invariant)]);
                var throughputRatio = b.Throughput / p.Throughput;
                var p50Ratio = p.P50 / b.P50;
                var p99Ratio = p.P99 / b.P99;
                verdicts.Add([concurrency.ToString(Invariant), F(throughputRatio) + "×", F(p50Ratio) + "×", F(p99Ratio) + "×", "≤ 1.5×",
                    throughputRatio <= GoalRatio && p50Ratio <= GoalRatio ? "met" : "MISSED"]);
            }
            IReadOnlyList<OrdersBreakdown.Stage> breakdown = [];
            if (breakdownRounds > 0)
            {
                Log($"orders: in-process breakdown, {breakdownRounds} rounds");
                breakdown = await OrdersBreakdown.RunAsync(platform.Services, baseline.Services, () => bodies.Next(1)[0], breakdownRounds);
            }
            var loadAfter = LoadAverage();
            var expected = (long)(warmup * 2 + requests * levels.Length);
            if (platformDriver.Created != expected || baselineDriver.Created != expected)
            {
                throw new InvalidOperationException($"Expected {expected} answers 201 per target; the platform gave {platformDriver.Created}, the baseline {baselineDriver.Created}.");
            }

            Out.WriteLine($"### Results: create an order with 5 lines over HTTP ({(postgres ? "PostgreSQL" : "SQLite")})");
            Out.WriteLine();
            Out.WriteLine($"{(quick ? "**Quick run** (few requests; indicative only). " : "")}{requests} requests per target and concurrency level after {warmup * 2} warm-up requests per target, " +
                $"in {rounds} alternating rounds; both servers on Kestrel at 127.0.0.1 in the benchmark process; every request with the demo tenant's API key; the Pricing module disabled for the tenant (its cost is the next figure) " +
                $"(all {expected} per target answered 201); {targets.Storage}; " +
                $"{Machine()}; load average before/after: {loadBefore} / {loadAfter}.");
            Out.WriteLine();
            Out.WriteLine(Table(["Concurrency:", "Target", "Orders/s:", "p50 (ms):", "p99 (ms):", "Requests:"], rows));
            Out.WriteLine(Table(["Concurrency:", "Throughput ratio (baseline ÷ platform):", "p50 ratio (platform ÷ baseline):", "p99 ratio:", "Goal", "Verdict (throughput and p50)"], verdicts));
            if (breakdown.Count > 0)
            {
                Out.WriteLine($"**Where the time goes** (c = 1 equivalent; each stage of the request timed alone in process, without HTTP, " +
                    $"{breakdownRounds} interleaved rounds of 50 operations, median):");
                Out.WriteLine();
                Out.WriteLine(Table(["Stage", "µs per order:"], breakdown.Select(b => new[] { b.Name, F(b.MedianMicros, 0) })));
            }
            return 0;
        }
        finally
        {
            if (ownsSeeded)
            {
                BenchFolders.TryDelete(seeded!);
            }
        }
    }

    /// <summary>Customers and active products of the seeded tenant, read through the platform's API.</summary>
    private static async Task<(List<Guid> Customers, List<Guid> Products)> ReferencesAsync(string baseUrl, string apiKey)
    {
        using var http = ApiKeys.Client(baseUrl, apiKey);
        async Task<List<Guid>> IdsAsync(string path)
        {
            using var json = JsonDocument.Parse(await http.GetStringAsync(path));
            return [.. json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
        }
        var customers = await IdsAsync("/api/core/customers?pageSize=100");
        var products = await IdsAsync("/api/core/products?pageSize=100&filter=" + Uri.EscapeDataString("active eq true"));
        if (customers.Count == 0 || products.Count < 5)
        {
            throw new InvalidOperationException($"The seeded tenant has {customers.Count} customers and {products.Count} active products; the benchmark needs demo data (Core migrations and seeder).");
        }
        return (customers, products);
    }

    /// <summary>Order bodies with unique numbers, a seeded customer and 5 distinct active products.</summary>
    private sealed class Bodies(List<Guid> customers, List<Guid> products)
    {
        private readonly Random _random = new(42);
        private readonly string _run = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        private int _sequence;

        public List<byte[]> Next(int count) => [.. Enumerable.Range(0, count).Select(_ => Create())];

        private byte[] Create()
        {
            var lines = products.OrderBy(_ => _random.Next()).Take(5).Select(p =>
            {
                var list = Math.Round((decimal)(_random.NextDouble() * 900 + 100), 2);
                return new { productId = p, quantity = _random.Next(1, 10), listPrice = list, netPrice = Math.Round(list * 0.9m, 2) };
            }).ToList();
            return JsonSerializer.SerializeToUtf8Bytes(new
            {
                number = $"BENCH-{_run}-{++_sequence:D7}",
                customerId = customers[_random.Next(customers.Count)],
                channel = "Online",
                orderedAt = DateTimeOffset.UtcNow.AddMinutes(-_random.Next(0, 10_000)),
                status = "Confirmed",
                currency = "CNY",
                lines,
            }, OrderServers.Json);
        }
    }
}
