using Platform.Host.Data;
using Platform.Host.Pipeline;

namespace Platform.Host.Modules;

/// <summary>Discovers, checks, loads and registers every module under the module root.</summary>
internal static class ModuleHost
{
    public static ModuleCatalog LoadAll(
        string moduleRoot, IReadOnlyList<InProcessModule> inProcess, IServiceCollection services, IConfiguration configuration,
        IDatabaseProvider database, PipelineRegistry registry, ILogger logger)
    {
        var catalog = new ModuleCatalog();
        var discovered = ModuleDiscovery.Discover(moduleRoot).Concat(inProcess.Select(m => m.ToDescriptor())).ToList();
        foreach (var module in discovered.Where(m => m.State != ModuleState.Faulted))
        {
            ManifestValidator.Validate(module, DependencyResolver.HostSdkVersion);
        }
        var ordered = DependencyResolver.Resolve(discovered);
        var loaded = new Dictionary<string, ModuleDescriptor>();
        foreach (var module in ordered)
        {
            catalog.Add(module);
            var broken = module.Manifest.Dependencies.Keys.FirstOrDefault(d => !loaded.TryGetValue(d, out var dep) || !dep.IsRunning);
            if (broken is not null)
            {
                module.Fault($"Module {module.Id} depends on {broken}, which is {(loaded.TryGetValue(broken, out var dep) ? dep.State.ToString().ToLowerInvariant() : "faulted")}.");
            }
            else if (configuration.GetValue($"Modules:{module.Id}:Enabled", true) is false)
            {
                module.Disable();
            }
            else
            {
                Load(module, services, configuration.GetSection($"Modules:{module.Id}"), database, registry, catalog);
            }
            loaded[module.Id] = module;
        }
        foreach (var module in discovered.Except(ordered))
        {
            catalog.Add(module);
        }
        foreach (var module in catalog.Modules)
        {
            if (module.State == ModuleState.Faulted)
            {
                logger.LogError("Module {Module} {Version} is faulted: {Reason}", module.Id, module.Manifest.Version, module.FaultReason);
            }
            else
            {
                logger.LogInformation("Module {Module} {Version} is {State}", module.Id, module.Manifest.Version, module.State);
            }
        }
        return catalog;
    }

    private static void Load(ModuleDescriptor module, IServiceCollection services, IConfiguration section, IDatabaseProvider database, PipelineRegistry registry, ModuleCatalog catalog)
    {
        var inProcess = module.Instance is not null;
        if (!inProcess && !ModuleLoader.TryLoad(module))
        {
            return;
        }
        var builder = new ModuleBuilder(module, section, database);
        try
        {
            if (!inProcess)
            {
                builder.ScanModuleAssembly(); // an in-process module shares its assembly; its classes are registered one by one
            }
            module.Instance!.Register(builder);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            module.Fault($"Module {module.Id} threw while registering: {e.GetType().Name}: {e.Message}");
            return;
        }
        ModuleRegistrar.TryCommit(module, builder, services, registry, catalog);
    }
}
