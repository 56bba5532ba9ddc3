namespace Platform.Sdk.Pipeline;

/// <summary>
/// A unit of business logic the pipeline runs for a message. Steps are resolved from the operation's
/// service scope, so they may take the module's DbContext and services in their constructor.
/// </summary>
public interface IPipelineStep
{
    /// <summary>Runs the step. Throw <see cref="InvalidPluginExecutionException"/> to abort the operation with a message for the caller.</summary>
    ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken);
}
