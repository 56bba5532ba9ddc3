using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Observability;

/// <summary>
/// One span per operation and per step, with tenant, module, message and correlation id, and the operation and
/// step metrics, as an OpenTelemetry listener receives them (the real Core module, SQLite).
/// </summary>
public sealed class TelemetryTests : IAsyncLifetime, IDisposable
{
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener = new();
    private TestPlatform _platform = null!;

    public TelemetryTests()
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Platform",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _activities.Enqueue,
        };
        ActivitySource.AddActivityListener(_activityListener);
        _meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Platform")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meterListener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _meterListener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _meterListener.Start();
    }

    public async Task InitializeAsync() => _platform = await TestPlatform.StartAsync(moduleRoot: RepoPaths.ModuleRoot);

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
    }

    [Fact]
    public async Task A_create_is_one_operation_span_with_a_child_span_per_step()
    {
        var correlation = Guid.NewGuid();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/core/regions") { Content = JsonContent.Create(new { code = "EAST", name = "华东", level = "Region" }) };
        request.Headers.Add("X-Correlation-Id", correlation.ToString());

        var response = await _platform.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var mine = _activities.Where(a => Equals(a.GetTagItem("platform.correlation_id"), correlation)).ToList();
        var operation = Assert.Single(mine, a => a.OperationName == "operation Create region");
        Assert.Equal("demo", operation.GetTagItem("platform.tenant"));
        Assert.Equal("Create", operation.GetTagItem("platform.message"));
        Assert.Equal("region", operation.GetTagItem("platform.entity"));
        Assert.Equal(ActivityStatusCode.Unset, operation.Status);
        var steps = mine.Where(a => a.OperationName.StartsWith("step ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(steps);
        Assert.All(steps, s =>
        {
            Assert.Equal(operation.SpanId, s.ParentSpanId);
            Assert.Equal("platform.core", s.GetTagItem("platform.module"));
            Assert.Equal("demo", s.GetTagItem("platform.tenant"));
        });
    }

    [Fact]
    public async Task Operations_and_steps_are_counted_and_timed_with_their_outcome()
    {
        var created = await _platform.Client.PostAsJsonAsync("/api/core/regions", new { code = "NORTH", name = "华北", level = "Region" });
        var refused = await _platform.Client.PostAsJsonAsync("/api/core/stores", new
        {
            code = "S-404", name = "No region", format = "Flagship", areaSqm = 220m, latitude = 31.23, longitude = 121.47, regionId = Guid.NewGuid(), openedOn = "2026-01-01",
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(_measurements, m => m.Instrument == "platform.operations" && Tag(m, "platform.entity") == "region" && Tag(m, "platform.outcome") == "succeeded");
        Assert.Contains(_measurements, m => m.Instrument == "platform.operations" && Tag(m, "platform.entity") == "store" && Tag(m, "platform.outcome") == "failed");
        Assert.Contains(_measurements, m => m.Instrument == "platform.operation.duration" && Tag(m, "platform.entity") == "region" && m.Value > 0);
        Assert.Contains(_measurements, m => m.Instrument == "platform.step.duration" && Tag(m, "platform.module") == "platform.core" && Tag(m, "platform.outcome") == "aborted");
        Assert.DoesNotContain(_measurements, m => m.Tags.ContainsKey("platform.tenant") || m.Tags.ContainsKey("platform.correlation_id"));
    }

    private static string? Tag((string Instrument, double Value, Dictionary<string, object?> Tags) measurement, string name) =>
        measurement.Tags.TryGetValue(name, out var value) ? value?.ToString() : null;

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }
        _measurements.Enqueue((instrument.Name, value, copy));
    }
}
