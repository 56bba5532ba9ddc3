using System.ComponentModel.DataAnnotations;

namespace Platform.Host.Pipeline;

/// <summary>Pipeline limits (configuration section <c>Platform:Pipeline</c>).</summary>
public sealed class PipelineOptions
{
    /// <summary>Time limit of a step that sets none.</summary>
    public TimeSpan DefaultStepTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Time limit of a whole operation started by a caller (every stage, nested operations and the main write):
    /// past it the operation is rolled back and answered 504.
    /// </summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Deepest allowed nesting of operations; deeper aborts (loop protection).</summary>
    [Range(1, 64)]
    public int MaxDepth { get; set; } = 8;
}
