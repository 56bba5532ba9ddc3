using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Platform.Host.Observability;

/// <summary>Registers OpenTelemetry export when an OTLP endpoint is configured.</summary>
internal static class TelemetrySetup
{
    public static void AddPlatformTelemetry(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Platform:Telemetry").Get<TelemetryOptions>() ?? new TelemetryOptions();
        var endpoint = options.OtlpEndpoint ?? (Uri.TryCreate(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"], UriKind.Absolute, out var fromEnvironment) ? fromEnvironment : null);
        if (endpoint is null)
        {
            // No listener: the platform's spans and instruments cost a null check each.
            return;
        }
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.ServiceName))
            .WithTracing(t => t.AddSource(PlatformTelemetry.Name).AddAspNetCoreInstrumentation().AddOtlpExporter(o => o.Endpoint = endpoint))
            .WithMetrics(m => m.AddMeter(PlatformTelemetry.Name).AddAspNetCoreInstrumentation().AddOtlpExporter(o => o.Endpoint = endpoint))
            .WithLogging(l => l.AddOtlpExporter(o => o.Endpoint = endpoint));
    }
}
