using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Loader;

/// <summary>Two folders with the same module id.</summary>
public sealed class DuplicateIdTests
{
    [Fact]
    public async Task Both_copies_of_a_duplicated_module_id_are_faulted()
    {
        using var root = FixtureModuleRoot.With("fixtures.json-old", LoaderAssert.Healthy);
        var first = Path.Combine(root.Path, "fixtures.json-old", "1.0.0");
        var second = root.Add("fixtures.json-old", under: "second");
        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path);

        var modules = await platform.GetModulesAsync();
        var copies = modules.Where(m => m.GetProperty("id").GetString() == "fixtures.json-old").ToList();
        Assert.Equal(2, copies.Count);
        var reason = $"Duplicate module id 'fixtures.json-old': found in {first} and {second}.";
        Assert.All(copies, m =>
        {
            Assert.Equal("faulted", m.GetProperty("state").GetString());
            Assert.Equal(reason, m.GetProperty("faultReason").GetString());
        });
        await LoaderAssert.HostAndHealthyModuleRunAsync(platform);
    }
}
