using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Observability;

/// <summary>OpenTelemetry export is switched on by configuring an OTLP endpoint, and off otherwise.</summary>
public sealed class TelemetrySetupTests
{
    [Fact]
    public async Task An_otlp_endpoint_registers_trace_and_metric_providers()
    {
        await using var platform = await TestPlatform.StartAsync(settings: new Dictionary<string, string?> { ["Platform:Telemetry:OtlpEndpoint"] = "http://127.0.0.1:4317" });

        Assert.NotNull(platform.Services.GetService<TracerProvider>());
        Assert.NotNull(platform.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task Without_an_endpoint_nothing_is_collected()
    {
        await using var platform = await TestPlatform.StartAsync();

        Assert.Null(platform.Services.GetService<TracerProvider>());
        Assert.Null(platform.Services.GetService<MeterProvider>());
    }
}
