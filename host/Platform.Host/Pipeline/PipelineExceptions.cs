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

/// <summary>Nested operations went deeper than the configured limit (loop protection).</summary>
public sealed class PipelineDepthExceededException(int depth, int maxDepth, string message, string? entity)
    : Exception($"The operation {message}{(entity is null ? "" : " " + entity)} reached depth {depth}; the limit is {maxDepth}. A step probably triggers itself in a loop.");

/// <summary>No module owns the entity or message.</summary>
public sealed class UnknownTargetException(string what) : Exception($"{what} is not known to any running module.");
