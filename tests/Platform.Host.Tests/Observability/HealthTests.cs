using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Host.Catalog;
using Platform.Host.Data;
using Platform.Host.Modules;
using Platform.Host.Observability;
using Platform.Host.Tests.Loader;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Observability;

/// <summary><c>/health/live</c> and <c>/health/ready</c>: anonymous, and ready only when the catalog answers and the modules started.</summary>
public sealed class HealthTests
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Each_health_route_answers_200_without_a_key(string route)
    {
        await using var platform = await TestPlatform.StartAsync(moduleRoot: RepoPaths.ModuleRoot);

        var response = await platform.AnonymousClient().GetAsync(route);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_names_its_checks_and_a_faulted_module_degrades_it()
    {
        using var root = FixtureModuleRoot.With("fixtures.throws-on-start");
        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path);

        var report = await platform.AnonymousClient().GetFromJsonAsync<JsonElement>("/health/ready");

        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        var modules = report.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "modules");
        Assert.Contains("fixtures.throws-on-start", modules.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains(report.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "catalog" && c.GetProperty("status").GetString() == "Healthy");
    }

    [Fact]
    public async Task The_modules_check_is_unhealthy_until_startup_completes()
    {
        var check = new ModulesHealthCheck(new ModuleCatalog(), new PlatformStartupState());

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task The_catalog_check_is_unhealthy_when_the_database_does_not_answer()
    {
        var unreachable = DatabaseProviders.Create("PostgreSql", "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2", "platform_", Path.GetTempPath());
        var check = new CatalogHealthCheck(new CatalogDatabase(unreachable));

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.StartsWith("The catalog database does not answer", result.Description, StringComparison.Ordinal);
    }
}
