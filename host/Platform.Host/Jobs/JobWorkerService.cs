using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Host.Catalog;
using Platform.Host.Modules;
using Platform.Host.Tenants;

namespace Platform.Host.Jobs;

/// <summary>
/// This host's job workers (<see cref="JobOptions.Workers"/>). Each worker, in turn for every active
/// tenant, claims a batch of due jobs of the modules that run here and are enabled for the tenant, and
/// runs them; when a round finds nothing it sleeps until a commit recorded jobs or the poll interval
/// passes. Jobs of a module disabled for the tenant (or not running on this host) are not claimed: they
/// wait until the module is enabled again, or a tenant administrator cancels them.
/// </summary>
internal sealed class JobWorkerService(
    JobQueue queue, JobRunner runner, JobSignal signal, TenantDirectory tenants, CatalogDatabase catalog, ModuleCatalog modules,
    IOptions<JobOptions> options, TimeProvider time, ILogger<JobWorkerService> logger) : BackgroundService
{
    private readonly SemaphoreSlim _tenantListLock = new(1, 1);
    private IReadOnlyList<string> _tenantIds = [];
    private long _tenantIdsLoadedAt;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.Workers == 0)
        {
            logger.LogInformation("Job workers: none in this host (Platform:Jobs:Workers is 0); jobs recorded here run on other hosts");
            return;
        }
        logger.LogInformation("Job workers: {Workers} as {Worker}, polling every {Poll} ms, lease {Lease} s",
            settings.Workers, queue.WorkerName, (int)settings.PollInterval.TotalMilliseconds, (int)settings.LeaseDuration.TotalSeconds);
        await Task.WhenAll(Enumerable.Range(0, settings.Workers).Select(_ => Task.Run(() => WorkAsync(stoppingToken), CancellationToken.None)));
    }

    private async Task WorkAsync(CancellationToken stopping)
    {
        var settings = options.Value;
        while (!stopping.IsCancellationRequested)
        {
            var seen = signal.Generation;
            var ran = 0;
            try
            {
                ran += await RunHintedAsync(settings.BatchSize, stopping);
                foreach (var tenantId in await ActiveTenantsAsync(stopping))
                {
                    ran += await RunDueAsync(tenantId, settings.BatchSize, stopping);
                    ran += await RunHintedAsync(settings.BatchSize, stopping);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogError(e, "Job worker: looking for due jobs failed; trying again after the poll interval");
            }
            if (ran == 0)
            {
                try
                {
                    await signal.WaitAsync(seen, settings.PollInterval, stopping);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Claims from tenants the scheduler hinted (recorded occurrences there); a tenant whose batch was full is hinted again.</summary>
    private async Task<int> RunHintedAsync(int batchSize, CancellationToken stopping)
    {
        var ran = 0;
        while (signal.TryTakeHint(out var tenantId))
        {
            var claimed = await RunDueAsync(tenantId, batchSize, stopping);
            if (claimed == batchSize)
            {
                signal.Hint(tenantId);
            }
            ran += claimed;
        }
        return ran;
    }

    private async Task<int> RunDueAsync(string tenantId, int batchSize, CancellationToken stopping)
    {
        var tenant = await tenants.GetAsync(tenantId, stopping);
        if (tenant is not { Status: TenantStatus.Active })
        {
            return 0;
        }
        var moduleIds = modules.Modules.Where(m => m.IsRunning && tenant.IsEnabled(m.Id)).Select(m => m.Id).ToList();
        if (moduleIds.Count == 0)
        {
            return 0;
        }
        var claimed = await queue.ClaimAsync(tenantId, moduleIds, batchSize, stopping);
        foreach (var job in claimed)
        {
            if (stopping.IsCancellationRequested)
            {
                await runner.ReturnAsync(tenant.Id, job);
                continue;
            }
            await runner.RunAsync(tenant, job, stopping);
        }
        return claimed.Count;
    }

    /// <summary>Active tenants from the catalog, re-read at most once per poll interval (a new tenant's first jobs wait that long at most).</summary>
    private async Task<IReadOnlyList<string>> ActiveTenantsAsync(CancellationToken stopping)
    {
        await _tenantListLock.WaitAsync(stopping);
        try
        {
            if (_tenantIdsLoadedAt == 0 || time.GetElapsedTime(_tenantIdsLoadedAt) >= options.Value.PollInterval)
            {
                await using var db = catalog.Open();
                _tenantIds = await db.Tenants.AsNoTracking().Where(t => t.Status == TenantStatus.Active).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(stopping);
                _tenantIdsLoadedAt = time.GetTimestamp();
            }
            return _tenantIds;
        }
        finally
        {
            _tenantListLock.Release();
        }
    }

    public override void Dispose()
    {
        _tenantListLock.Dispose();
        base.Dispose();
    }
}
