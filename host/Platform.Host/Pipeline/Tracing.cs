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
