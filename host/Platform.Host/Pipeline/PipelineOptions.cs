using System.ComponentModel.DataAnnotations;

namespace Platform.Host.Pipeline;

/// <summary>Pipeline limits (configuration section <c>Platform:Pipeline</c>).</summary>
public sealed class PipelineOptions
{
    /// <summary>Time limit of a step that sets none.</summary>
    public TimeSpan DefaultStepTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Deepest allowed nesting of operations; deeper aborts (loop protection).</summary>
    [Range(1, 64)]
    public int MaxDepth { get; set; } = 8;
}
