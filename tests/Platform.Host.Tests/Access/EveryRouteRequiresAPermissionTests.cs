using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Auth.Permissions;
using Platform.Host.Pipeline;
using Platform.Host.Tenants;
using Platform.Host.Tests.CoreApi;
using Platform.Host.Tests.Support;
using Platform.Sdk.Data;
using Platform.Sdk.Http;
using Platform.Sdk.Pipeline;
using Xunit;

namespace Platform.Host.Tests.Access;

/// <summary>
/// Every route of the host and its real modules declares a permission (or is explicitly anonymous), every
/// declared one resolves to a permission a manifest declares, and a principal holding every other
/// permission gets 403 from each route and each entity operation and custom message; so a new route or
/// message that forgets its permission fails here.
/// </summary>
public sealed class EveryRouteRequiresAPermissionTests(SqliteCorePlatform fixture) : IClassFixture<SqliteCorePlatform>
{
    private static readonly string[] Anonymous = ["/health", "/health/live", "/health/ready", "/", "/api/tenants/{tenantId}/sign-in", "/openapi/v1.json"];

    private TestPlatform Platform => fixture.Platform;

    private PermissionCatalog Permissions => Platform.Services.GetRequiredService<PermissionCatalog>();

    private List<(RouteEndpoint Endpoint, string Method, string? Permission)> Routes() =>
        Platform.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (Endpoint: e, Method: m, Permission: e.Metadata.GetMetadata<RequiredPermissionAttribute>()?.Permission)))
            .Where(r => r.Method is not "OPTIONS" and not "HEAD")
            .ToList();

    [Fact]
    public void Every_route_declares_a_permission_that_a_manifest_or_the_platform_declares()
    {
        var routes = Routes();
        var missing = routes.Where(r => r.Permission is null && r.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(r => $"{r.Method} {r.Endpoint.RoutePattern.RawText}").ToList();
        var undeclared = routes.Where(r => r.Permission is not null && !Permissions.IsDeclared(Permissions.RequiredFor(r.Permission)))
            .Select(r => $"{r.Method} {r.Endpoint.RoutePattern.RawText}: {r.Permission}").ToList();
        var anonymous = routes.Where(r => r.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(r => r.Endpoint.RoutePattern.RawText!).ToHashSet();

        Assert.True(routes.Count > 80, $"Only {routes.Count} routes found.");
        Assert.Empty(missing);
        Assert.Empty(undeclared);
        Assert.Equal(Anonymous.Order(), anonymous.Order());
    }

    [Fact]
    public async Task Each_route_refuses_a_principal_holding_every_permission_but_its_own()
    {
        var routes = Routes().Where(r => r.Permission is not null).ToList();
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var (endpoint, method, declared) in routes)
        {
            var permission = Permissions.RequiredFor(declared!);
            if (!clients.TryGetValue(permission, out var client))
            {
                client = clients[permission] = await AllButAsync(permission);
            }
            using var request = new HttpRequestMessage(new HttpMethod(method), PathOf(endpoint)) { Content = method is "GET" or "DELETE" ? null : JsonContent.Create(new { }) };
            var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"{method} {endpoint.RoutePattern.RawText} ({permission}): {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
        Assert.True(clients.Count >= 15, $"Only {clients.Count} distinct permissions guard the routes.");
    }

    [Fact]
    public async Task Each_entity_operation_and_custom_message_refuses_a_caller_without_its_permission()
    {
        var registry = Platform.Services.GetRequiredService<PipelineRegistry>();
        var tenant = await Platform.Services.GetRequiredService<TenantDirectory>().GetFreshAsync("demo", CancellationToken.None);
        var operations = registry.Messages.Values.Select(o => o.MessageName).Select(m => (Name: m, Run: (Func<IDataService, Task>)(d => d.ExecuteAsync<object>(m, new { }))))
            .Concat(registry.Entities.Values.Select(o => o.EntityName).SelectMany(e => new (string Name, Func<IDataService, Task> Run)[]
            {
                ($"{e}.read", d => d.QueryAsync(new QueryRequest(e))),
                ($"{e}.read", d => d.RetrieveAsync(e, Guid.NewGuid())),
                ($"{e}.read", d => d.StreamAsync(new BulkReadRequest(e, ["id"])).GetAsyncEnumerator().MoveNextAsync().AsTask()),
                ($"{e}.create", d => d.CreateAsync(new Entity(e))),
                ($"{e}.update", d => d.UpdateAsync(new Entity(e, Guid.NewGuid()))),
                ($"{e}.delete", d => d.DeleteAsync(e, Guid.NewGuid())),
            })).ToList();
        var undeclared = operations.Select(o => o.Name).Distinct().Where(o => !Permissions.IsDeclared(Permissions.RequiredFor(o))).ToList();
        var failures = new List<string>();
        foreach (var (name, run) in operations)
        {
            var required = Permissions.RequiredFor(name);
            await using var scope = Platform.Services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope("demo", tenant, "principal:test");
            var everyOther = Permissions.Declared.Select(p => p.Name).Where(p => p != required).ToHashSet();
            scope.ServiceProvider.GetRequiredService<RequestContext>().Permissions = new GrantedPermissions(everyOther, all: false, new HashSet<string>());
            var refused = await Record.ExceptionAsync(() => run(scope.ServiceProvider.GetRequiredService<IDataService>()));
            if (refused is not InvalidPluginExecutionException { StatusCode: 403 })
            {
                failures.Add($"{name} ({required}): {refused?.GetType().Name ?? "allowed"} {refused?.Message}");
            }
        }

        Assert.Empty(undeclared);
        Assert.Empty(failures);
        Assert.Contains(operations, o => o.Name == "pricing.decide-discount");
        Assert.Contains(operations, o => o.Name == "product.update");
    }

    [Fact]
    public async Task Streaming_reps_salaries_needs_the_salary_permission()
    {
        var tenant = await Platform.Services.GetRequiredService<TenantDirectory>().GetFreshAsync("demo", CancellationToken.None);
        await using var scope = Platform.Services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope("demo", tenant, "principal:test");
        scope.ServiceProvider.GetRequiredService<RequestContext>().Permissions =
            new GrantedPermissions(Permissions.DefaultGrantsOf(Auth.Roles.SalesUser), all: false, new HashSet<string>());
        var data = scope.ServiceProvider.GetRequiredService<IDataService>();

        var salaries = Record.Exception(() => data.StreamAsync(new BulkReadRequest("salesrep", ["id", "baseSalary"])));
        var byFilter = Record.Exception(() => data.StreamAsync(new BulkReadRequest("salesrep", ["id"]) { Filters = [new QueryFilter("baseSalary", FilterOperator.Gt, "1")] }));
        var names = await data.StreamAsync(new BulkReadRequest("salesrep", ["id", "name"])).ToListAsync();

        Assert.Equal(403, Assert.IsType<InvalidPluginExecutionException>(salaries).StatusCode);
        Assert.Equal(403, Assert.IsType<InvalidPluginExecutionException>(byFilter).StatusCode);
        Assert.NotNull(names);
    }

    private async Task<HttpClient> AllButAsync(string permission)
    {
        var role = $"all-but-{Guid.NewGuid():N}"[..40];
        var others = Permissions.Declared.Select(p => p.Name).Where(p => p != permission && !HostPermissions.PlatformOnly.Contains(p)).ToList();
        var put = await Platform.Client.PutAsJsonAsync($"/api/tenants/demo/roles/{role}", new { description = $"everything but {permission}", permissions = others });
        Assert.True(put.StatusCode == HttpStatusCode.Created, await put.Content.ReadAsStringAsync());
        return await Platform.KeyOfAsync(Platform.Client, "demo", await Platform.Client.CreatePrincipalAsync("demo", role));
    }

    private static string PathOf(RouteEndpoint endpoint) =>
        new Security.RouteInfo("GET", endpoint.RoutePattern, null).Path(name => name switch
        {
            "tenantId" => "demo",
            "moduleId" => "platform.core",
            _ when name.EndsWith("id", StringComparison.OrdinalIgnoreCase) => Guid.NewGuid().ToString(),
            _ => "x",
        });
}
