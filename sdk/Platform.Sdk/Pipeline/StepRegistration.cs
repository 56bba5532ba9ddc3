namespace Platform.Sdk.Pipeline;

/// <summary>Where and how a pipeline step runs.</summary>
/// <param name="Message">The message: <see cref="PipelineMessages"/> or a custom message name.</param>
/// <param name="Entity">The entity's logical name; null for custom messages or for every entity.</param>
/// <param name="Stage">PreValidation, PreOperation or PostOperation (the main operation is not open to steps).</param>
public sealed record StepRegistration(string Message, string? Entity, PipelineStage Stage)
{
    /// <summary>Synchronous or asynchronous (asynchronous only at PostOperation).</summary>
    public StepMode Mode { get; init; } = StepMode.Synchronous;

    /// <summary>Order within a stage: lower runs first; equal ranks run in registration order.</summary>
    public int Rank { get; init; }

    /// <summary>For Update: the step runs only when the target contains one of these attributes. Empty means always.</summary>
    public IReadOnlyCollection<string> FilteringAttributes { get; init; } = [];

    /// <summary>Attributes of the entity before the operation to hand to the step; null for none, empty for all.</summary>
    public IReadOnlyCollection<string>? PreImage { get; init; }

    /// <summary>Attributes of the entity after the main operation to hand to the step; null for none, empty for all.</summary>
    public IReadOnlyCollection<string>? PostImage { get; init; }

    /// <summary>Time limit of one execution of the step; null uses the platform's configured default.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>A readable name for listings and traces; defaults to the step's type name.</summary>
    public string? Name { get; init; }
}
