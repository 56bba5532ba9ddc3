using System.Collections.Concurrent;

namespace Platform.Host.Jobs;

/// <summary>
/// Wakes this host's idle workers when a commit recorded jobs, so a job starts within milliseconds
/// instead of at the next poll. Other hosts find the jobs when they poll.
/// </summary>
public sealed class JobSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _generation;
    private readonly ConcurrentQueue<string> _hinted = new();
    private readonly ConcurrentDictionary<string, byte> _hintedSet = new(StringComparer.Ordinal);

    /// <summary>Changes with every notification; read it before looking for work.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Wakes every waiting worker.</summary>
    public void Notify()
    {
        Interlocked.Increment(ref _generation);
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>
    /// Says the tenant has due jobs (the scheduler recorded occurrences there) and wakes the workers, which
    /// claim from hinted tenants before walking every tenant: with many tenants a due job need not wait for the walk.
    /// </summary>
    public void Hint(string tenantId)
    {
        if (_hintedSet.TryAdd(tenantId, 0))
        {
            _hinted.Enqueue(tenantId);
        }
        Notify();
    }

    /// <summary>Takes a hinted tenant, if any.</summary>
    public bool TryTakeHint(out string tenantId)
    {
        if (_hinted.TryDequeue(out tenantId!))
        {
            _hintedSet.TryRemove(tenantId, out _);
            return true;
        }
        return false;
    }

    /// <summary>
    /// Waits for a notification later than <paramref name="seen"/> (returns at once if one already came),
    /// or until <paramref name="timeout"/>.
    /// </summary>
    public async Task WaitAsync(long seen, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var next = Volatile.Read(ref _next).Task;
        if (Generation != seen)
        {
            return;
        }
        try
        {
            await next.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            // poll
        }
    }
}
