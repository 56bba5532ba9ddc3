using System.Reflection;
using McMaster.NETCore.Plugins;
using Platform.Sdk.Modules;

namespace Platform.Host.Modules;

/// <summary>Loads a module's main assembly into its own load context and creates its <see cref="IModule"/>.</summary>
public static class ModuleLoader
{
    /// <summary>Loads the module; on any failure the module is faulted with the reason and false is returned.</summary>
    public static bool TryLoad(ModuleDescriptor module)
    {
        var mainAssembly = FindMainAssembly(module);
        if (mainAssembly is null)
        {
            module.Fault($"Module {module.Id}: no main assembly found in {module.Directory} (set \"assembly\" in module.json).");
            return false;
        }
        if (SharedAssemblies.FindNewerThanHost(module.Id, module.Directory) is { } mismatch)
        {
            module.Fault(mismatch);
            return false;
        }
        try
        {
            var loader = PluginLoader.CreateFromAssemblyFile(mainAssembly, isUnloadable: false, sharedTypes: [typeof(IModule)], config =>
            {
                config.PreferSharedTypes = false;
                config.IsLazyLoaded = true; // resolve a shared assembly only when the module asks for it
                foreach (var name in SharedAssemblies.Host.Keys)
                {
                    config.SharedAssemblies.Add(new AssemblyName(name));
                }
            });
            var assembly = loader.LoadDefaultAssembly();
            var moduleTypes = assembly.GetExportedTypes()
                .Where(t => typeof(IModule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
                .ToList();
            if (moduleTypes.Count != 1)
            {
                module.Fault($"Module {module.Id}: {Path.GetFileName(mainAssembly)} must hold exactly one public IModule class; found {moduleTypes.Count}.");
                return false;
            }
            module.Assembly = assembly;
            module.Instance = (IModule)Activator.CreateInstance(moduleTypes[0])!;
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            module.Fault($"Module {module.Id} could not be loaded: {e.GetType().Name}: {e.Message}");
            return false;
        }
    }

    private static string? FindMainAssembly(ModuleDescriptor module)
    {
        if (module.Manifest.Assembly is { } named)
        {
            var path = Path.Combine(module.Directory, named);
            return File.Exists(path) ? path : null;
        }
        // The build writes <AssemblyName>.deps.json beside the main assembly.
        var deps = Directory.EnumerateFiles(module.Directory, "*.deps.json").ToList();
        if (deps.Count == 1)
        {
            var path = Path.Combine(module.Directory, Path.GetFileName(deps[0])[..^".deps.json".Length] + ".dll");
            return File.Exists(path) ? path : null;
        }
        return null;
    }
}
