using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Host.Catalog;
using Platform.Host.Tenants;

namespace Platform.Host.Jobs;

/// <summary>
/// Records recurring jobs' occurrences as system jobs, in every host (ADR 0019). The schedule lives in
/// memory: for each active tenant and each recurring job of a module that runs here and is enabled for
/// the tenant, the next due instant. The catalog is read once per <see cref="JobOptions.ScheduleRefreshInterval"/>
/// (three queries for all tenants); a tenant's database is touched when one of its occurrences is due,
/// and once when the host first sees the tenant's job (to learn the last recorded occurrence and apply the
/// missed-occurrence policy). Every host records every occurrence; the unique key (module, job, occurrence)
/// makes the second insert a no-op, and the leased claim runs the job once.
/// </summary>
internal sealed class RecurringJobScheduler(
    ScheduledJobRegistry registry, CatalogDatabase catalog, OccurrenceStore store, JobSignal signal,
    TenantTimeZones zones, IOptions<JobOptions> options, TimeProvider time, ILogger<RecurringJobScheduler> logger) : BackgroundService
{
    private readonly Dictionary<(string Tenant, RecurringJobDescriptor Job), Entry> _entries = [];

    private sealed class Entry(TimeZoneInfo zone)
    {
        public TimeZoneInfo Zone { get; set; } = zone;

        /// <summary>Occurrences up to here are recorded or decided.</summary>
        public DateTimeOffset HandledUntil { get; set; }

        public DateTimeOffset? NextDue { get; set; }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var jobs = registry.Recurring.Where(j => j.Module.IsRunning).ToList();
        if (jobs.Count == 0)
        {
            return;
        }
        logger.LogInformation("Recurring jobs: {Count} scheduled in this host ({Jobs})", jobs.Count, string.Join(", ", jobs.Select(j => $"{j.Module.Id}/{j.Name} {j.Schedule.Text}")));
        var refreshedAt = long.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (refreshedAt == long.MinValue || time.GetElapsedTime(refreshedAt) >= options.Value.ScheduleRefreshInterval)
                {
                    await RefreshAsync(jobs, stoppingToken);
                    refreshedAt = time.GetTimestamp();
                }
                await RecordDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogError(e, "Recurring jobs: the scheduler failed; trying again shortly");
            }
            try
            {
                await Task.Delay(NextWait(refreshedAt), time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Until the earliest due occurrence or the next refresh, at least 10 ms.</summary>
    private TimeSpan NextWait(long refreshedAt)
    {
        var wait = options.Value.ScheduleRefreshInterval - time.GetElapsedTime(refreshedAt);
        var now = time.GetUtcNow();
        foreach (var entry in _entries.Values)
        {
            if (entry.NextDue is { } due && due - now < wait)
            {
                wait = due - now;
            }
        }
        return wait < TimeSpan.FromMilliseconds(10) ? TimeSpan.FromMilliseconds(10) : wait;
    }

    /// <summary>Reads which tenants run which jobs in which zone; adds new pairs (first look: the tenant's last occurrences), drops gone ones.</summary>
    private async Task RefreshAsync(IReadOnlyList<RecurringJobDescriptor> jobs, CancellationToken stopping)
    {
        var moduleIds = jobs.Select(j => j.Module.Id).Distinct().ToList();
        Dictionary<string, TimeZoneInfo> tenantZones;
        List<(string Tenant, string Module)> enabled;
        await using (var db = catalog.Open())
        {
            var active = await db.Tenants.AsNoTracking().Where(t => t.Status == TenantStatus.Active).Select(t => t.Id).ToListAsync(stopping);
            var settings = await db.TenantSettings.AsNoTracking().Where(s => s.ModuleId == TenantTimeZones.SettingsKey)
                .Select(s => new { s.TenantId, s.Json }).ToDictionaryAsync(s => s.TenantId, s => s.Json, stopping);
            tenantZones = active.ToDictionary(t => t, t => zones.FromSettings(settings.GetValueOrDefault(t)), StringComparer.Ordinal);
            enabled = (await db.TenantModules.AsNoTracking().Where(m => m.Status == TenantModuleStatus.Enabled && moduleIds.Contains(m.ModuleId))
                .Select(m => new { m.TenantId, m.ModuleId }).ToListAsync(stopping))
                .Where(m => tenantZones.ContainsKey(m.TenantId)).Select(m => (m.TenantId, m.ModuleId)).ToList();
        }
        var wanted = enabled.SelectMany(e => jobs.Where(j => j.Module.Id == e.Module).Select(j => (e.Tenant, j))).ToHashSet();
        foreach (var key in _entries.Keys.Where(k => !wanted.Contains(k)).ToList())
        {
            _entries.Remove(key);
        }
        foreach (var (key, entry) in _entries)
        {
            var zone = tenantZones[key.Tenant];
            if (entry.Zone.Id != zone.Id)
            {
                entry.Zone = zone;
                entry.NextDue = key.Job.Schedule.NextAfter(entry.HandledUntil, zone);
            }
        }
        var added = wanted.Where(k => !_entries.ContainsKey(k)).GroupBy(k => k.Tenant).ToList();
        await Parallel.ForEachAsync(added, new ParallelOptions { MaxDegreeOfParallelism = options.Value.SchedulerConcurrency, CancellationToken = stopping },
            async (tenant, ct) => await StartTenantAsync(tenant.Key, tenant.Select(k => k.j).ToList(), tenantZones[tenant.Key], ct));
    }

    /// <summary>A tenant's jobs seen for the first time: catch-up or skip what was missed since the last recorded occurrence, then schedule.</summary>
    private async Task StartTenantAsync(string tenantId, IReadOnlyList<RecurringJobDescriptor> jobs, TimeZoneInfo zone, CancellationToken stopping)
    {
        try
        {
            var last = await store.LastOccurrencesAsync(tenantId, stopping);
            var now = time.GetUtcNow();
            var entries = jobs.Select(job => (job, new Entry(zone) { HandledUntil = last.TryGetValue((job.Module.Id, job.Name), out var at) ? at : now })).ToList();
            await RecordAsync(tenantId, entries, now, stopping);
            lock (_entries)
            {
                foreach (var (job, entry) in entries)
                {
                    _entries[(tenantId, job)] = entry;
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            // Left out of the schedule: the next refresh tries again.
            logger.LogWarning(e, "Recurring jobs of tenant {Tenant}: reading its recorded occurrences failed; trying again at the next refresh", tenantId);
        }
    }

    private async Task RecordDueAsync(CancellationToken stopping)
    {
        var now = time.GetUtcNow();
        var due = _entries.Where(e => e.Value.NextDue is { } at && at <= now).GroupBy(e => e.Key.Tenant).ToList();
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.Value.SchedulerConcurrency, CancellationToken = stopping },
            async (tenant, ct) =>
            {
                try
                {
                    await RecordAsync(tenant.Key, tenant.Select(e => (e.Key.Job, e.Value)).ToList(), now, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    // Handled-until stays: the same occurrences are planned again on the next try (late ones then count as missed).
                    logger.LogWarning(e, "Recurring jobs of tenant {Tenant}: recording due occurrences failed; retrying", tenant.Key);
                    foreach (var entry in tenant)
                    {
                        entry.Value.NextDue = now + TimeSpan.FromSeconds(1);
                    }
                }
            });
    }

    /// <summary>Records what is due for the tenant's entries at <paramref name="now"/>, then moves each entry on.</summary>
    private async Task RecordAsync(string tenantId, IReadOnlyList<(RecurringJobDescriptor Job, Entry Entry)> entries, DateTimeOffset now, CancellationToken stopping)
    {
        var inserts = new List<ScheduledJobInsert>();
        foreach (var (job, entry) in entries)
        {
            foreach (var occurrence in OccurrencePlanner.Due(job.Schedule, entry.Zone, entry.HandledUntil, now, job.Options.MissedOccurrences, options.Value.MissedAfter))
            {
                inserts.Add(new ScheduledJobInsert(JobKind.Recurring, job.Module.Id, job.Name, job.JobType,
                    ScheduledJobExecution.OccurrencePayload(entry.Zone, occurrence.CatchUp), job.Options.MaxAttempts ?? options.Value.MaxAttempts,
                    occurrence.At, occurrence.At, "system", Guid.CreateVersion7()));
            }
        }
        if (inserts.Count > 0)
        {
            // Hinted even when another host recorded them first: this host's workers then claim their share at once.
            await store.RecordAsync(tenantId, inserts, stopping);
            signal.Hint(tenantId);
        }
        foreach (var (job, entry) in entries)
        {
            entry.HandledUntil = now;
            entry.NextDue = job.Schedule.NextAfter(now, entry.Zone);
        }
    }
}
