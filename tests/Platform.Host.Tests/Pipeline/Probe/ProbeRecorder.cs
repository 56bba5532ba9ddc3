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

    public static Entity? Copy(Entity? e) => e?.Clone();
}
