using Platform.Sdk.Data;
using Platform.Sdk.Pipeline;

namespace Platform.Sdk.Testing;

/// <summary>
/// A pipeline context whose every property can be set, for unit-testing a step without a host.
/// <see cref="DataService"/> must be set when the step starts nested operations.
/// </summary>
public sealed class TestPipelineContext : IPipelineContext
{
    /// <summary>Creates a context for a message on an entity with an optional target.</summary>
    public TestPipelineContext(string message, string? entity, PipelineStage stage, Entity? target = null)
    {
        MessageName = message;
        EntityName = entity;
        Stage = stage;
        if (target is not null)
        {
            InputParameters["Target"] = target;
        }
    }

    /// <inheritdoc />
    public string TenantId { get; set; } = "test";

    /// <inheritdoc />
    public string InitiatingUserId { get; set; } = "tester";

    /// <inheritdoc />
    public Guid CorrelationId { get; set; } = Guid.NewGuid();

    /// <inheritdoc />
    public int Depth { get; set; } = 1;

    /// <inheritdoc />
    public string MessageName { get; }

    /// <inheritdoc />
    public string? EntityName { get; }

    /// <inheritdoc />
    public PipelineStage Stage { get; set; }

    /// <inheritdoc />
    public StepMode Mode { get; set; } = StepMode.Synchronous;

    /// <inheritdoc />
    public Guid OperationId { get; set; }

    /// <inheritdoc />
    public bool IsInTransaction { get; set; } = true;

    /// <inheritdoc />
    public IDictionary<string, object?> SharedVariables { get; } = new Dictionary<string, object?>();

    /// <inheritdoc />
    public IDictionary<string, object?> InputParameters { get; } = new Dictionary<string, object?>();

    /// <inheritdoc />
    public IDictionary<string, object?> OutputParameters { get; } = new Dictionary<string, object?>();

    /// <inheritdoc />
    public Entity? Target => InputParameters.TryGetValue("Target", out var t) ? t as Entity : null;

    /// <inheritdoc />
    public Entity? PreImage { get; set; }

    /// <inheritdoc />
    public Entity? PostImage { get; set; }

    /// <summary>The recording tracer; its <see cref="RecordingTracingService.Lines"/> hold what the step traced.</summary>
    public RecordingTracingService Traces { get; } = new();

    /// <inheritdoc />
    public ITracingService Tracing => Traces;

    /// <inheritdoc />
    public IDataService DataService { get; set; } = null!;
}

/// <summary>A tracer that keeps every line.</summary>
public sealed class RecordingTracingService : ITracingService
{
    private readonly List<string> _lines = [];

    /// <summary>The traced lines, formatted.</summary>
    public IReadOnlyList<string> Lines => _lines;

    /// <inheritdoc />
    public void Trace(string format, params object?[] args) =>
        _lines.Add(args.Length == 0 ? format : string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
}
