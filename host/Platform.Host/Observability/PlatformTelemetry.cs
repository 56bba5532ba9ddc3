using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Platform.Host.Observability;

/// <summary>
/// The platform's OpenTelemetry sources: one span per operation and per pipeline step, and the metrics an
/// operator watches. Nothing is recorded unless a listener (the OpenTelemetry SDK, when an exporter is
/// configured) subscribes, so an unobserved host pays a null check per operation and step.
/// </summary>
internal static class PlatformTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "Platform";

    /// <summary>Spans: <c>operation {message} {entity}</c> and <c>step {module}/{step}</c>.</summary>
    public static readonly ActivitySource Source = new(Name, typeof(PlatformTelemetry).Assembly.GetName().Version?.ToString());

    private static readonly Meter Meter = new(Name, typeof(PlatformTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Operations run, by message, entity and outcome.</summary>
    public static readonly Counter<long> Operations = Meter.CreateCounter<long>("platform.operations", "{operation}", "Pipeline operations run (data messages and custom messages).");

    /// <summary>Duration of an operation (every stage, nested operations included).</summary>
    public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>("platform.operation.duration", "ms", "Duration of pipeline operations.");

    /// <summary>Duration of one pipeline step, by module, step, stage and outcome.</summary>
    public static readonly Histogram<double> StepDuration = Meter.CreateHistogram<double>("platform.step.duration", "ms", "Duration of pipeline steps.");

    /// <summary>Requests refused by a rate limit.</summary>
    public static readonly Counter<long> RateLimitRejections = Meter.CreateCounter<long>("platform.rate_limit.rejections", "{request}", "Requests answered 429 by a rate limit.");

    /// <summary>Metric tags of an operation (no tenant or id: bounded cardinality).</summary>
    public static TagList OperationTags(string message, string? entity, string outcome) =>
        new() { { "platform.message", message }, { "platform.entity", entity ?? "" }, { "platform.outcome", outcome } };
}
