using Platform.Host.Tests.Support;
using Platform.Sdk.Modules;
using Xunit;

namespace Platform.Host.Tests.CoreApi;

/// <summary>Permissions follow the module's state (a platform of its own: the test faults Core).</summary>
public sealed class CorePermissionTests
{
    [Fact]
    public async Task Only_permissions_that_a_running_module_declares_are_held()
    {
        await using var platform = await TestPlatform.StartAsync(moduleRoot: RepoPaths.ModuleRoot);
        var permissions = (IPermissionChecker)platform.Services.GetService(typeof(IPermissionChecker))!;

        Assert.True(permissions.Has("core.write"));
        Assert.False(permissions.Has("core.everything"));
        platform.Catalog.Modules.Single(m => m.Id == "platform.core").Fault("test");
        Assert.False(permissions.Has("core.write"));
    }
}
