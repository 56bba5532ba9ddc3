using Platform.Host.Pipeline;

namespace Platform.Host.Modules;

/// <summary>Checks a module's collected registrations and, when all are acceptable, adds them to the host.</summary>
internal static class ModuleRegistrar
{
    /// <summary>Faults the module and adds nothing when any registration is refused.</summary>
    public static bool TryCommit(ModuleDescriptor module, ModuleBuilder builder, IServiceCollection host, PipelineRegistry registry, ModuleCatalog catalog)
    {
        var problem = builder.Problems.FirstOrDefault()
            ?? registry.FindConflict(module, builder.Steps, builder.Entities, builder.Messages)
            ?? FindServiceConflict(builder, host);
        if (problem is not null)
        {
            module.Fault($"Module {module.Id} was refused: {problem}");
            return false;
        }
        foreach (var service in builder.Services.Where(s => !IsSharedClass(s, host)))
        {
            host.Add(service);
        }
        registry.Add(builder.Steps, builder.StepTypes, module, builder.Entities, builder.Messages);
        catalog.Contributions.Add(builder.Contributions);
        catalog.AddRegistrations(module, builder);
        return true;
    }

    /// <summary>
    /// A class registered as itself that the host already has the same way: two in-process modules
    /// built from one assembly may use the same step class. Nothing is replaced, so nothing is refused.
    /// </summary>
    private static bool IsSharedClass(ServiceDescriptor service, IServiceCollection host) =>
        service.ImplementationType == service.ServiceType
        && host.Any(h => h.ServiceType == service.ServiceType && h.ImplementationType == service.ImplementationType && h.Lifetime == service.Lifetime);

    private static string? FindServiceConflict(ModuleBuilder builder, IServiceCollection host)
    {
        var taken = host.Select(s => s.ServiceType).ToHashSet();
        var clash = builder.Services.FirstOrDefault(s => taken.Contains(s.ServiceType) && !IsSharedClass(s, host));
        return clash is null ? null
            : $"it registers {clash.ServiceType.FullName}, which the platform or another module already provides; a module may not replace a service.";
    }
}
