using Platform.Sdk.Data;

namespace Platform.Sdk.Pipeline;

/// <summary>The execution context a step receives: who, what, where in the pipeline, and the data.</summary>
public interface IPipelineContext
{
    /// <summary>The tenant the operation runs for.</summary>
    string TenantId { get; }

    /// <summary>The user who started the operation (the first one in a chain of nested operations).</summary>
    string InitiatingUserId { get; }

    /// <summary>Shared by every operation started, directly or indirectly, by one request.</summary>
    Guid CorrelationId { get; }

    /// <summary>1 for an operation a caller started; one more for each nested operation a step starts.</summary>
    int Depth { get; }

    /// <summary>The message: Create, Update, Delete or a custom message name.</summary>
    string MessageName { get; }

    /// <summary>The entity's logical name, or null for a custom message.</summary>
    string? EntityName { get; }

    /// <summary>The stage that is running.</summary>
    PipelineStage Stage { get; }

    /// <summary>Synchronous or asynchronous.</summary>
    StepMode Mode { get; }

    /// <summary>
    /// For an asynchronous step, the id of the system job running it (stable across retries, so a step can
    /// key its work by it); <see cref="Guid.Empty"/> for a synchronous step.
    /// </summary>
    Guid OperationId => Guid.Empty;

    /// <summary>True while the operation's database transaction is open.</summary>
    bool IsInTransaction { get; }

    /// <summary>Values passed from one step to the next, across stages, within one operation.</summary>
    IDictionary<string, object?> SharedVariables { get; }

    /// <summary>The operation's input: <c>Target</c> for Create and Update, <c>Id</c> for Delete, <c>Request</c> for custom messages.</summary>
    IDictionary<string, object?> InputParameters { get; }

    /// <summary>The operation's output: <c>Id</c> after Create, <c>Response</c> after a custom message.</summary>
    IDictionary<string, object?> OutputParameters { get; }

    /// <summary>The entity being created or updated (its attributes as sent), or null.</summary>
    Entity? Target { get; }

    /// <summary>The entity as it was before the operation, with the attributes the step asked for; null if none was asked.</summary>
    Entity? PreImage { get; }

    /// <summary>The entity as it is after the main operation, with the attributes the step asked for; null if none was asked.</summary>
    Entity? PostImage { get; }

    /// <summary>Writes to this execution's trace.</summary>
    ITracingService Tracing { get; }

    /// <summary>Starts nested operations inside this one (same transaction, depth + 1).</summary>
    IDataService DataService { get; }
}
