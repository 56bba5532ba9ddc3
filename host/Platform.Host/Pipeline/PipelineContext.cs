using Platform.Sdk.Data;
using Platform.Sdk.Pipeline;

namespace Platform.Host.Pipeline;

/// <summary>The execution context of one operation; the stage and images change as steps run.</summary>
internal sealed class PipelineContext(RequestContext request, int depth, string message, string? entity, IDataService nested, Func<bool> isInTransaction)
    : IPipelineContext
{
    private Dictionary<string, object?>? _shared;
    private Dictionary<string, object?>? _output;

    public string TenantId => request.TenantId;
    public string InitiatingUserId => request.UserId;
    public Guid CorrelationId => request.CorrelationId;
    public int Depth { get; } = depth;
    public string MessageName { get; } = message;
    public string? EntityName { get; } = entity;
    public PipelineStage Stage { get; set; }
    public StepMode Mode { get; set; } = StepMode.Synchronous;
    public Guid OperationId { get; set; }
    public bool IsInTransaction => isInTransaction();
    public IDictionary<string, object?> SharedVariables => _shared ??= new Dictionary<string, object?>(StringComparer.Ordinal);
    public IDictionary<string, object?> InputParameters { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);
    public IDictionary<string, object?> OutputParameters => _output ??= new Dictionary<string, object?>(StringComparer.Ordinal);
    public Entity? Target => InputParameters.TryGetValue("Target", out var t) ? t as Entity : null;
    public Entity? PreImage { get; set; }
    public Entity? PostImage { get; set; }
    public ITracingService Tracing { get; set; } = null!;
    public IDataService DataService { get; } = nested;

    /// <summary>The operation's step timer, created when a step first needs one.</summary>
    public CancellationTokenSource? StepTimer { get; set; }

    /// <summary>The full pre-image, projected per step.</summary>
    public Entity? FullPreImage { get; set; }

    /// <summary>The full post-image, projected per step.</summary>
    public Entity? FullPostImage { get; set; }
}
