using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.CoreApi;

/// <summary>The embedded default: SQLite, demo tenant, demo data written once.</summary>
public sealed class EmbeddedDefaultTests
{
    private static readonly string[] Lists = ["regions", "stores", "products", "customers", "partners", "teams", "reps", "orders", "inventory"];

    private static async Task<Dictionary<string, int>> CountAsync(TestPlatform platform)
    {
        var counts = new Dictionary<string, int>();
        foreach (var list in Lists)
        {
            var page = await platform.Client.GetFromJsonAsync<JsonElement>($"/api/core/{list}?pageSize=1");
            counts[list] = page.GetProperty("totalCount").GetInt32();
        }
        return counts;
    }

    private static async Task<DateTimeOffset> FirstOrderDateAsync(TestPlatform platform, string sort) =>
        (await platform.Client.GetFromJsonAsync<JsonElement>($"/api/core/orders?pageSize=1&sort={sort}"))
            .GetProperty("items")[0].GetProperty("orderedAt").GetDateTimeOffset().ToUniversalTime();

    [Fact]
    public async Task The_demo_tenant_is_seeded_on_first_run_and_reused_without_reseeding()
    {
        var folder = Directory.CreateTempSubdirectory("platform-embedded-").FullName;
        var seed = new Dictionary<string, string?> { ["Platform:DemoTenant:Seed"] = "true" };

        var first = await TestPlatform.StartAsync(moduleRoot: RepoPaths.ModuleRoot, settings: seed, folder: folder);
        var firstCounts = await CountAsync(first);
        var formats = (await first.Client.GetFromJsonAsync<JsonElement>("/api/core/stores?pageSize=500")).GetProperty("items")
            .EnumerateArray().Select(s => s.GetProperty("format").GetString()).Distinct().Order().ToList();
        var oldest = await FirstOrderDateAsync(first, "orderedAt");
        var newest = await FirstOrderDateAsync(first, "-orderedAt");
        await first.StopAsync();

        await using var second = await TestPlatform.StartAsync(moduleRoot: RepoPaths.ModuleRoot, settings: seed, folder: folder);
        var secondCounts = await CountAsync(second);

        Assert.All(firstCounts, c => Assert.True(c.Value > 0, $"{c.Key} were not seeded"));
        Assert.Equal(firstCounts, secondCounts);
        Assert.Equal(["Convenience", "Experience", "Flagship", "Standard"], formats);
        Assert.True(firstCounts["orders"] >= 1000, $"only {firstCounts["orders"]} demo orders");
        Assert.True(File.Exists(Path.Combine(folder, "data", "tenant-demo.db")));
        Assert.Equal(11, (newest.Year - oldest.Year) * 12 + newest.Month - oldest.Month); // twelve calendar months
    }
}
