using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Auth;
using Platform.Host.Auth.Permissions;
using Platform.Host.Pipeline;
using Platform.Host.Tests.Support;
using Platform.Sdk.Modules;
using Xunit;

namespace Platform.Host.Tests.CoreApi;

/// <summary>Permissions follow the module's state (a platform of its own: the test faults Core).</summary>
public sealed class CorePermissionTests
{
    [Fact]
    public async Task Only_permissions_that_a_running_module_declares_exist_and_a_module_checks_the_callers_grants()
    {
        await using var platform = await TestPlatform.StartAsync(moduleRoot: RepoPaths.ModuleRoot);
        var catalog = platform.Services.GetRequiredService<PermissionCatalog>();
        await using var scope = platform.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().Permissions =
            new GrantedPermissions(catalog.DefaultGrantsOf(Roles.SalesUser), all: false, new HashSet<string> { Roles.SalesUser });
        var checker = scope.ServiceProvider.GetRequiredService<IPermissionChecker>();

        Assert.True(catalog.IsDeclared("core.write"));
        Assert.Equal("core.products.write", catalog.RequiredFor("product.update"));
        Assert.True(checker.Has("core.read"));
        Assert.False(checker.Has("core.write"));
        Assert.False(checker.Has("core.salaries.read"));
        Assert.False(catalog.IsDeclared("core.everything"));
        platform.Catalog.Modules.Single(m => m.Id == "platform.core").Fault("test");
        Assert.False(catalog.IsDeclared("core.write"));
        Assert.Equal("product.update", catalog.RequiredFor("product.update"));
    }
}
