using Platform.Sdk.Pipeline;

namespace Platform.Host.Pipeline;

/// <summary>A step failed with an exception other than <see cref="InvalidPluginExecutionException"/>.</summary>
public sealed class PipelineStepFailedException(StepDescriptor step, Exception inner)
    : Exception($"Step {step.Name} of module {step.Module.Id} failed: {inner.Message}", inner)
{
    /// <summary>The step that failed.</summary>
    public StepDescriptor Step { get; } = step;
}

/// <summary>A step ran longer than its time limit.</summary>
public sealed class PipelineStepTimeoutException(StepDescriptor step, TimeSpan limit)
    : Exception($"Step {step.Name} of module {step.Module.Id} exceeded its time limit of {limit.TotalMilliseconds:0} ms.")
{
    /// <summary>The step that timed out.</summary>
    public StepDescriptor Step { get; } = step;
}

/// <summary>A caller's operation ran longer than <see cref="PipelineOptions.OperationTimeout"/>; it was rolled back.</summary>
public sealed class PipelineOperationTimeoutException(string message, string? entity, TimeSpan limit, Exception inner)
    : Exception($"The operation {message}{(entity is null ? "" : " " + entity)} exceeded its time limit of {limit.TotalMilliseconds:0} ms and was rolled back; nothing was written.", inner);

/// <summary>Nested operations went deeper than the configured limit (loop protection).</summary>
public sealed class PipelineDepthExceededException(int depth, int maxDepth, string message, string? entity)
    : Exception($"The operation {message}{(entity is null ? "" : " " + entity)} reached depth {depth}; the limit is {maxDepth}. A step probably triggers itself in a loop.");

/// <summary>No module owns the entity or message.</summary>
public sealed class UnknownTargetException(string what) : Exception($"{what} is not known to any module running for this tenant.");

/// <summary>A platform API refused a request; answered as a problem response with this status.</summary>
public sealed class PlatformProblemException(int status, string title, string detail, IDictionary<string, string[]>? errors = null) : Exception(detail)
{
    /// <summary>HTTP status.</summary>
    public int Status { get; } = status;

    /// <summary>Short summary.</summary>
    public string Title { get; } = title;

    /// <summary>Field errors, if any.</summary>
    public IDictionary<string, string[]>? Errors { get; } = errors;

    /// <summary>404 for something that does not exist (or that the caller may not see).</summary>
    public static PlatformProblemException NotFound(string detail) => new(404, "Not found.", detail);

    /// <summary>409 for a request that conflicts with the current state.</summary>
    public static PlatformProblemException Conflict(string detail) => new(409, "The request conflicts with the current state.", detail);

    /// <summary>400 naming a field.</summary>
    public static PlatformProblemException Invalid(string field, string reason) =>
        new(400, "The request is not valid.", reason, new Dictionary<string, string[]> { [field] = [reason] });
}

/// <summary>An unqualified entity or message name that several modules enabled for the tenant own (answered 400).</summary>
public sealed class AmbiguousNameException(string kind, string name, IReadOnlyList<string> candidates)
    : Exception($"{kind} '{name}' is owned by several modules enabled for this tenant; use one of the qualified names {string.Join(", ", candidates.Select(c => $"'{c}'"))}.")
{
    /// <summary>The qualified names the caller may use instead.</summary>
    public IReadOnlyList<string> Candidates { get; } = candidates;
}
