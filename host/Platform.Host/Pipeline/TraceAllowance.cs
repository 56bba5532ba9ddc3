using System.Collections.Concurrent;

namespace Platform.Host.Pipeline;

/// <summary>
/// How many traces each tenant may still write in the current minute (<see cref="TraceOptions.MaxPerTenantPerMinute"/>):
/// a tenant sending a flood of rejected writes cannot fill the catalog. Per host; the count restarts every minute.
/// </summary>
internal sealed class TraceAllowance(Func<int> limit, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>Takes one trace of the tenant's allowance; false when the minute's allowance is spent.</summary>
    /// <param name="firstDropped">True for the first trace dropped in the tenant's minute (log it once).</param>
    public bool TryTake(string tenantId, out bool firstDropped)
    {
        var minute = time.GetUtcNow().ToUnixTimeSeconds() / 60;
        var window = _windows.GetOrAdd(tenantId, _ => new Window());
        lock (window)
        {
            if (window.Minute != minute)
            {
                window.Minute = minute;
                window.Count = 0;
            }
            window.Count++;
            firstDropped = window.Count == limit() + 1;
            return window.Count <= limit();
        }
    }

    private sealed class Window
    {
        public long Minute { get; set; } = long.MinValue;

        public int Count { get; set; }
    }
}
