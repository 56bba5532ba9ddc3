namespace Platform.Host.Observability;

/// <summary>OpenTelemetry export (<c>Platform:Telemetry</c>).</summary>
public sealed class TelemetryOptions
{
    /// <summary>
    /// The OTLP endpoint traces, metrics and logs are exported to (e.g. <c>http://collector:4317</c>); when neither this
    /// nor the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable is set, nothing is exported and nothing is collected.
    /// </summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>The service name the telemetry carries.</summary>
    public string ServiceName { get; set; } = "platform-host";
}
