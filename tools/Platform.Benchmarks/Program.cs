using Platform.Benchmarks.Bulk;
using Platform.Benchmarks.ColdStart;
using Platform.Benchmarks.Jobs;
using Platform.Benchmarks.Orders;
using Platform.Benchmarks.Pipeline;
using Platform.Benchmarks.Pricing;
using Platform.Benchmarks.Support;

namespace Platform.Benchmarks;

/// <summary>
/// <c>Platform.Benchmarks &lt;command&gt; [options]</c>; markdown results on stdout, progress on stderr.
/// Normally run through <c>tools/bench.sh</c>.
/// </summary>
public static class Program
{
    private const string Usage = """
        Platform.Benchmarks <command> [--quick] [options]
          pipeline  [--check-only] [--rounds 60]     figure 1 (BenchmarkDotNet, then an interleaved Stopwatch cross-check)
          coldstart --host-dll <Platform.Host.dll> --empty-dll <Platform.Benchmarks.EmptyHost.dll> --module-root <dir>
                    [--seeded <dir>] [--runs 10]     figure 2
          orders    --module-root <dir> (--seeded <dir> | --host-dll <Platform.Host.dll>)
                    [--requests 2000] [--warmup 300] [--rounds 4] [--concurrency 1,4]
                    [--breakdown-rounds 20 | --no-breakdown]                        figure 3
          orders    --module-root <dir> --provider PostgreSql --connection-string <server> [same options]
                    figure 3 on PostgreSQL (fresh databases with a unique prefix, dropped at the end)
          orders-pricing --module-root <dir> (--seeded <dir> | --host-dll <Platform.Host.dll>) [--requests 2000] [--warmup 300]
                    [--rounds 6] [--concurrency 1,4]   figure 6: order create with vs without the Pricing module (SQLite)
          jobs      --host-dll <Platform.Host.dll> --module-root <dir with fixtures.job-effects> [--provider Sqlite|PostgreSql]
                    [--connection <server connection string> (default $PLATFORM_TEST_POSTGRES)] [--jobs 2000] [--hosts 1,2] [--workers 2]   figure 4
          recurring --host-dll <Platform.Host.dll> --module-root <dir with fixtures.job-effects> --connection <PostgreSQL server>
                    [--tenants 1000] [--lead-seconds 240]   figure 8: one recurring occurrence in N tenants, two hosts
          pricing   [--check-only] [--quotes 50000] [--blocks 200]
                    figure 5: pricing engine (BenchmarkDotNet, then a per-call Stopwatch pass for percentiles)
          bulk      --module-root <dir> [--connection-string <server> (default $PLATFORM_TEST_POSTGRES)] [--lines 1000000] [--rounds 5]
                    figure 7: streaming order lines through the data service vs a hand-written Npgsql reader (PostgreSQL)
          seed      --host-dll <Platform.Host.dll> --module-root <dir> --out <dir>      make a seeded data folder
        Databases go under /dev/shm when it exists (else the temp folder); set PLATFORM_BENCH_DATA_ROOT to choose.
        """;

    public static async Task<int> Main(string[] args)
    {
        // Only the report goes to the real stdout; everything else written to Console.Out lands on stderr.
        Report.Out = Console.Out;
        Console.SetOut(Console.Error);
        if (args.Length == 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        try
        {
            var options = new Options(args.Skip(1));
            var code = args[0] switch
            {
                "pipeline" => await PipelineRunner.RunAsync(options),
                "coldstart" => await ColdStartRunner.RunAsync(options),
                "orders" => await OrdersRunner.RunAsync(options),
                "orders-pricing" => await OrdersPricingRunner.RunAsync(options),
                "jobs" => await JobsRunner.RunAsync(options),
                "recurring" => await RecurringRunner.RunAsync(options),
                "pricing" => await PricingRunner.RunAsync(options),
                "bulk" => await BulkReadRunner.RunAsync(options),
                "seed" => await SeedAsync(options),
                _ => Fail($"Unknown command '{args[0]}'."),
            };
            Report.Out.Flush();
            return code;
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return Fail(e.Message);
        }
    }

    private static async Task<int> SeedAsync(Options options)
    {
        var folder = Path.GetFullPath(options.Required("out"));
        await SeededData.CreateAsync(Path.GetFullPath(options.Required("host-dll")), Path.GetFullPath(options.Required("module-root")), folder);
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
