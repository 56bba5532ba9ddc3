using Platform.Sdk.Modules;

namespace Platform.Host.Modules;

/// <summary>
/// A module handed to the host as an object instead of a folder: used by tests and by tools that
/// embed the host. It goes through the same checks, ordering and registration as a loaded module,
/// but shares the caller's load context.
/// </summary>
/// <param name="Manifest">The module's manifest.</param>
/// <param name="Instance">The module.</param>
public sealed record InProcessModule(ModuleManifest Manifest, IModule Instance)
{
    internal ModuleDescriptor ToDescriptor() => new(Manifest, $"in-process:{Manifest.Id}")
    {
        Assembly = Instance.GetType().Assembly,
        Instance = Instance,
    };
}
