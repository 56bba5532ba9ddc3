using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Pipeline;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Limits;

/// <summary>Traces are capped per tenant and minute: a flood of rejected writes cannot fill the catalog.</summary>
public sealed class TraceCapTests
{
    private sealed class SettableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void The_allowance_is_spent_within_a_minute_and_renewed_in_the_next()
    {
        var clock = new SettableClock(new DateTimeOffset(2026, 12, 4, 3, 0, 10, TimeSpan.Zero));
        var allowance = new TraceAllowance(() => 2, clock);

        Assert.True(allowance.TryTake("a", out _));
        Assert.True(allowance.TryTake("a", out _));
        Assert.False(allowance.TryTake("a", out var first));
        Assert.True(first);
        Assert.False(allowance.TryTake("a", out var second));
        Assert.False(second);
        Assert.True(allowance.TryTake("b", out _));
        clock.Now = clock.Now.AddMinutes(1);
        Assert.True(allowance.TryTake("a", out _));
    }

    [Fact]
    public async Task Rejected_writes_beyond_the_cap_leave_no_trace_rows()
    {
        var logs = new ListLoggerProvider();
        await using var platform = await TestPlatform.StartAsync(moduleRoot: RepoPaths.ModuleRoot, loggerProvider: logs,
            settings: new Dictionary<string, string?> { ["Platform:Traces:MaxPerTenantPerMinute"] = "3" });
        // Stay inside one minute of the allowance.
        var second = DateTimeOffset.UtcNow.Second;
        if (second > 50)
        {
            await Task.Delay(TimeSpan.FromSeconds(61 - second));
        }

        for (var i = 0; i < 6; i++)
        {
            var refused = await platform.Client.PostAsJsonAsync("/api/core/stores", new
            {
                code = $"S-{i}", name = "No region", format = "Flagship", areaSqm = 220m, latitude = 31.23, longitude = 121.47,
                regionId = Guid.NewGuid(), openedOn = "2026-01-01",
            });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        var traces = await platform.Client.GetFromJsonAsync<JsonElement[]>("/api/traces");
        Assert.True(traces!.Length == 3, $"{traces.Length} traces; log: " + string.Join(" | ", logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning).Select(e => e.Message)));
    }
}
