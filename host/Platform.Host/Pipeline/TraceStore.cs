using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Host.Catalog;
using Platform.Sdk.Pipeline;

namespace Platform.Host.Pipeline;

/// <summary>Trace keeping (section <c>Platform:Traces</c>).</summary>
public sealed class TraceOptions
{
    /// <summary>How often queued traces are written to the catalog.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Traces older than this many days are deleted.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3650)]
    public int RetentionDays { get; set; } = 7;

    /// <summary>Most traces one listing returns.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 10_000)]
    public int MaxListed { get; set; } = 500;

    /// <summary>Most traces one tenant writes per minute on one host; later ones that minute are dropped (and logged once).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 1_000_000)]
    public int MaxPerTenantPerMinute { get; set; } = 600;
}

/// <summary>
/// Keeps traces in the catalog database. A step's trace is queued in memory (the operation never waits
/// for it) and written in batches by <see cref="TraceWriter"/>; reading flushes the queue first, so a
/// caller always sees its own traces.
/// </summary>
public sealed class TraceStore(CatalogDatabase catalog, IOptions<TraceOptions> options, TimeProvider time, ILogger<TraceStore> logger) : IDisposable
{
    private readonly ConcurrentQueue<TraceRecord> _pending = new();
    private readonly SemaphoreSlim _flushing = new(1, 1);
    private readonly TraceAllowance _allowance = new(() => options.Value.MaxPerTenantPerMinute, time);

    /// <inheritdoc />
    public void Dispose() => _flushing.Dispose();

    /// <summary>Queues a trace, unless the tenant has written its allowance of traces this minute.</summary>
    public void Add(TraceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_allowance.TryTake(record.TenantId, out var firstDropped))
        {
            _pending.Enqueue(record);
        }
        else if (firstDropped)
        {
            logger.LogWarning("Tenant {Tenant} wrote {Limit} traces this minute; further traces are dropped until the next minute",
                record.TenantId, options.Value.MaxPerTenantPerMinute);
        }
    }

    /// <summary>The tenant's traces, newest first, optionally for one correlation id.</summary>
    public async Task<IReadOnlyList<TraceRecord>> GetAsync(string tenantId, Guid? correlationId, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await using var db = catalog.Open();
        var rows = await db.Traces.AsNoTracking()
            .Where(t => t.TenantId == tenantId && (correlationId == null || t.CorrelationId == correlationId))
            .OrderByDescending(t => t.At)
            .Take(options.Value.MaxListed)
            .ToListAsync(cancellationToken);
        return rows.Select(ToRecord).ToList();
    }

    /// <summary>Writes every queued trace to the catalog.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.IsEmpty)
        {
            return;
        }
        await _flushing.WaitAsync(cancellationToken);
        try
        {
            var batch = new List<TraceRow>();
            while (batch.Count < 1000 && _pending.TryDequeue(out var record))
            {
                batch.Add(ToRow(record));
            }
            if (batch.Count > 0)
            {
                await using var db = catalog.Open();
                db.Traces.AddRange(batch);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        finally
        {
            _flushing.Release();
        }
        if (!_pending.IsEmpty)
        {
            await FlushAsync(cancellationToken);
        }
    }

    /// <summary>Deletes traces past the retention period.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().AddDays(-options.Value.RetentionDays);
        await using var db = catalog.Open();
        return await db.Traces.Where(t => t.At < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    private static TraceRow ToRow(TraceRecord r) => new()
    {
        Id = Guid.CreateVersion7(r.At),
        TenantId = r.TenantId,
        CorrelationId = r.CorrelationId,
        At = r.At,
        ModuleId = r.ModuleId,
        Step = r.Step,
        Message = r.Message,
        Entity = r.Entity,
        Stage = (int)r.Stage,
        Depth = r.Depth,
        Outcome = r.Outcome.Length > 2000 ? r.Outcome[..2000] : r.Outcome,
        LinesJson = JsonSerializer.Serialize(r.Lines),
    };

    private static TraceRecord ToRecord(TraceRow r) => new(
        r.TenantId, r.CorrelationId, r.At, r.ModuleId, r.Step, r.Message, r.Entity, (PipelineStage)r.Stage, r.Depth, r.Outcome,
        JsonSerializer.Deserialize<List<string>>(r.LinesJson) ?? []);
}

/// <summary>Writes queued traces every <see cref="TraceOptions.FlushInterval"/>, prunes old ones hourly, and flushes on shutdown.</summary>
internal sealed class TraceWriter(TraceStore traces, IOptions<TraceOptions> options, TimeProvider time, ILogger<TraceWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastPrune = long.MinValue;
        using var timer = new PeriodicTimer(options.Value.FlushInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunOnceAsync(stoppingToken);
                if (lastPrune == long.MinValue || time.GetElapsedTime(lastPrune) > TimeSpan.FromHours(1))
                {
                    lastPrune = time.GetTimestamp();
                    await traces.PruneAsync(stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await RunOnceAsync(CancellationToken.None);
    }

    private async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await traces.FlushAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Traces are diagnostics: a failed write is logged and never fails an operation.
            logger.LogWarning(e, "Writing traces to the catalog failed");
        }
    }
}
