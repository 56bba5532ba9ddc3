using System.Collections.Concurrent;
using System.Globalization;
using Platform.Sdk.Pipeline;

namespace Platform.Host.Pipeline;

/// <summary>One step execution's trace.</summary>
public sealed record TraceRecord(
    string TenantId, Guid CorrelationId, DateTimeOffset At, string ModuleId, string Step, string Message, string? Entity,
    PipelineStage Stage, int Depth, string Outcome, IReadOnlyList<string> Lines);

/// <summary>Collects lines for one step execution; allocates nothing until a step writes.</summary>
internal sealed class TracingService : ITracingService
{
    public List<string>? Lines { get; private set; }

    public void Trace(string format, params object?[] args) =>
        (Lines ??= []).Add(args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args));
}

/// <summary>
/// Keeps the most recent traces per tenant in memory (bounded). Traces are written when a step
/// traced something or failed.
/// </summary>
public sealed class TraceStore
{
    /// <summary>Traces kept per tenant.</summary>
    public const int Capacity = 2000;

    private readonly ConcurrentDictionary<string, ConcurrentQueue<TraceRecord>> _byTenant = new();

    /// <summary>Adds a trace, dropping the oldest beyond <see cref="Capacity"/>.</summary>
    public void Add(TraceRecord record)
    {
        var queue = _byTenant.GetOrAdd(record.TenantId, _ => new ConcurrentQueue<TraceRecord>());
        queue.Enqueue(record);
        while (queue.Count > Capacity && queue.TryDequeue(out _))
        {
        }
    }

    /// <summary>The tenant's traces, newest first, optionally for one correlation id.</summary>
    public IReadOnlyList<TraceRecord> Get(string tenantId, Guid? correlationId = null) =>
        _byTenant.TryGetValue(tenantId, out var queue)
            ? queue.Where(t => correlationId is null || t.CorrelationId == correlationId).Reverse().ToList()
            : [];
}
