using System.Collections.Concurrent;
using Platform.Sdk.Data;

namespace Platform.Host.Tests.Pipeline.Probe;

/// <summary>What the probe steps saw, in order.</summary>
public sealed class ProbeRecorder
{
    private readonly ConcurrentQueue<string> _events = new();

    public IReadOnlyList<string> Events => [.. _events];

    public ConcurrentDictionary<string, object?> Seen { get; } = new();

    public void Record(string e) => _events.Enqueue(e);

    /// <summary>When each execution of an asynchronous probe step started.</summary>
    public ConcurrentQueue<DateTimeOffset> Runs { get; } = new();

    private int _failuresLeft;

    /// <summary>Executions left that <c>FlakyAsyncStep</c> fails; negative fails forever.</summary>
    public int FailuresLeft
    {
        get => Volatile.Read(ref _failuresLeft);
        set => Volatile.Write(ref _failuresLeft, value);
    }

    /// <summary>True when this execution must fail (counts one failure down unless failing forever).</summary>
    public bool TakeFailure()
    {
        while (true)
        {
            var left = FailuresLeft;
            if (left <= 0)
            {
                return left < 0;
            }
            if (Interlocked.CompareExchange(ref _failuresLeft, left - 1, left) == left)
            {
                return true;
            }
        }
    }

    /// <summary>Released by a test to let <c>GateStep</c> finish.</summary>
    public SemaphoreSlim Gate { get; } = new(0);

    public static Entity? Copy(Entity? e) => e?.Clone();
}
