namespace Platform.Host.Jobs;

/// <summary>
/// Wakes this host's idle workers when a commit recorded jobs, so a job starts within milliseconds
/// instead of at the next poll. Other hosts find the jobs when they poll.
/// </summary>
public sealed class JobSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _generation;

    /// <summary>Changes with every notification; read it before looking for work.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Wakes every waiting worker.</summary>
    public void Notify()
    {
        Interlocked.Increment(ref _generation);
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
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
