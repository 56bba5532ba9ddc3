using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Benchmarks.Support;
using Platform.Host.Data;
using static Platform.Benchmarks.Support.Report;

namespace Platform.Benchmarks.Jobs;

/// <summary>
/// Figure 8: recurring jobs across many tenants. A set-up host creates N tenants with the job-effects fixture
/// (and its table) and stops. Two hosts then start with the fixture's recurring job set to one cron occurrence
/// T a little later (UTC); both schedule every tenant. Measured from the tenants' own job rows: exactly one
/// job and one effect row per tenant, and due-to-start (started_at − T) percentiles. Baseline in the same
/// run and databases: one process visiting the N tenant databases in turn, one insert transaction each —
/// the least work "touch every tenant once" takes; the ratio compares the platform's T → last start with it.
/// </summary>
public static class RecurringRunner
{
    private static readonly string[] FixtureOnly = ["fixtures.job-effects"];

    public static async Task<int> RunAsync(Options options)
    {
        var hostDll = Path.GetFullPath(options.Required("host-dll"));
        var moduleRoot = Path.GetFullPath(options.Required("module-root"));
        var connection = options.Required("connection");
        var tenants = options.Int("tenants", options.Flag("quick") ? 50 : 1000);
        // Both hosts must be up (each first checks every tenant's migrations) and primed before the occurrence.
        var lead = TimeSpan.FromSeconds(options.Int("lead-seconds", tenants >= 500 ? 240 : 60));
        var loadBefore = LoadAverage();
        await using var run = new JobHosts(hostDll, moduleRoot, "PostgreSql", connection);
        var ids = Enumerable.Range(1, tenants).Select(i => $"t{i:0000}").ToList();

        var setup = await run.StartAsync("setup", workers: 0);
        using (var platform = run.Client(setup, "platform-admin.key"))
        {
            var created = System.Diagnostics.Stopwatch.GetTimestamp();
            foreach (var id in ids)
            {
                var response = await platform.PostAsJsonAsync("/api/tenants", new { id, name = id, modules = FixtureOnly });
                response.EnsureSuccessStatusCode();
                run.OtherTenants.Add(id);
                var key = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("adminKey").GetProperty("key").GetString()!;
                using var admin = new HttpClient { BaseAddress = new Uri(setup.BaseUrl) };
                admin.DefaultRequestHeaders.Add("X-Api-Key", key);
                (await admin.PostAsync("/api/jobfx/setup", null)).EnsureSuccessStatusCode();
            }
            Log($"recurring: created {tenants} tenants in {System.Diagnostics.Stopwatch.GetElapsedTime(created).TotalSeconds:0} s");
        }
        run.StopHosts();

        var due = DateTimeOffset.UtcNow.Add(lead);
        due = new DateTimeOffset(due.Year, due.Month, due.Day, due.Hour, due.Minute, due.Second, TimeSpan.Zero);
        var cron = string.Create(CultureInfo.InvariantCulture, $"{due.Second} {due.Minute} {due.Hour} {due.Day} {due.Month} *");
        string[] tick = [$"--Modules:fixtures.job-effects:TickCron={cron}", "--Platform:Tenants:DefaultTimeZone=UTC", "--Platform:Jobs:Workers=2"];
        await Task.WhenAll(run.StartAsync("host-a", 2, tick), run.StartAsync("host-b", 2, tick));
        var margin = (due - DateTimeOffset.UtcNow).TotalSeconds;
        Log($"recurring: both hosts up; occurrence due at {due:HH:mm:ss} UTC ({margin:0} s from now)");

        var results = new List<(string Tenant, int Jobs, int Effects, double DelaySeconds, string? Worker)>();
        var deadline = DateTime.UtcNow.AddMinutes(10);
        foreach (var id in ids)
        {
            while (true)
            {
                var result = await ReadAsync(run.Provider, id);
                if (result.Jobs > 0 && result.Succeeded == result.Jobs)
                {
                    results.Add((id, result.Jobs, result.Effects, (result.Started - due).TotalSeconds, result.Worker));
                    break;
                }
                if (DateTime.UtcNow > deadline)
                {
                    throw new InvalidOperationException($"Tenant {id}'s occurrence did not succeed in time ({result.Jobs} jobs, {result.Succeeded} succeeded).");
                }
                await Task.Delay(200);
            }
        }
        run.StopHosts();

        var exactlyOnce = results.Count(r => r.Jobs == 1 && r.Effects == 1);
        var delays = results.Select(r => r.DelaySeconds).Order().ToArray();
        var baseline = await VisitEveryTenantAsync(run.Provider, ids);
        var spread = delays[^1];
        Out.WriteLine($"### 8. Recurring jobs: {tenants} tenants × one occurrence, two hosts (PostgreSQL)");
        Out.WriteLine();
        Out.WriteLine($"{Machine()}; load average before/after: {loadBefore} / {LoadAverage()}; both hosts were up {margin:0} s before the occurrence" +
            (margin < 0 ? " (**negative: the occurrence was due before both hosts were ready; raise --lead-seconds**)." : "."));
        Out.WriteLine();
        Out.Write(Table(["What", "Tenants exactly once:", "p50 (s):", "p90 (s):", "max (s):", "Ratio to baseline:", "Jobs per host"],
        [
            ["Baseline: one process visits every tenant database, one insert transaction each", "—", "—", "—", F(baseline), "1.00×", "—"],
            ["Platform: due → started (from the job rows), two hosts × 2 workers", $"{exactlyOnce} of {tenants}", F(Percentile(delays, 50)), F(Percentile(delays, 90)), F(spread),
                F(spread / baseline) + "× (max / baseline)", string.Join(", ", results.GroupBy(r => r.Worker).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"))],
        ]));
        Out.WriteLine();
        return exactlyOnce == tenants ? 0 : 1;
    }

    private static async Task<(int Jobs, int Succeeded, int Effects, DateTimeOffset Started, string? Worker)> ReadAsync(IDatabaseProvider provider, string tenant)
    {
        await using var connection = provider.CreateConnection(DatabaseNames.Tenant(tenant));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), count(*) FILTER (WHERE status = 'succeeded'), min(started_at), min(locked_by), " +
            "(SELECT count(*) FROM \"jobfx\".\"effects\" WHERE \"Kind\" = 'tick') FROM platform.jobs WHERE kind = 'recurring'";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return ((int)reader.GetInt64(0), (int)reader.GetInt64(1), (int)reader.GetInt64(4),
            reader.IsDBNull(2) ? default : reader.GetFieldValue<DateTimeOffset>(2), reader.IsDBNull(3) ? null : reader.GetString(3));
    }

    /// <summary>The baseline: every tenant database in turn, one connection and one insert transaction each. Returns seconds.</summary>
    private static async Task<double> VisitEveryTenantAsync(IDatabaseProvider provider, IReadOnlyList<string> tenants)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        foreach (var tenant in tenants)
        {
            await using var connection = provider.CreateConnection(DatabaseNames.Tenant(tenant));
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO \"jobfx\".\"effects\" (\"Id\", \"JobId\", \"At\") VALUES (@id, @id, now())";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@id";
            parameter.Value = Guid.NewGuid();
            command.Parameters.Add(parameter);
            await command.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
        return System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}
