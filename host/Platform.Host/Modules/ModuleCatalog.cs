using Platform.Host.Pipeline;

namespace Platform.Host.Modules;

/// <summary>Every module the host found, in load order, with what each registered.</summary>
public sealed class ModuleCatalog
{
    private readonly List<ModuleDescriptor> _modules = [];
    private readonly Dictionary<string, ModuleRegistrations> _registrations = [];

    /// <summary>Every module's contributions to SDK and named contracts.</summary>
    public Contributions.ContributionRegistry Contributions { get; } = new();

    /// <summary>All modules: loaded ones in dependency order, then refused ones.</summary>
    public IReadOnlyList<ModuleDescriptor> Modules => _modules;

    /// <summary>What a module registered.</summary>
    public ModuleRegistrations RegistrationsOf(ModuleDescriptor module) =>
        _registrations.TryGetValue(module.Directory, out var r) ? r : ModuleRegistrations.Empty;

    internal void Add(ModuleDescriptor module) => _modules.Add(module);

    internal void AddRegistrations(ModuleDescriptor module, ModuleBuilder builder) =>
        _registrations[module.Directory] = new ModuleRegistrations(builder.DbContexts, builder.Seeders, builder.PersonalDataProviders, builder.Endpoints, builder.Settings)
        {
            RecurringJobs = builder.RecurringJobs,
            OneOffJobs = builder.OneOffJobs,
        };

    /// <summary>Faults every module that depends, directly or not, on a faulted one.</summary>
    public void CascadeFaults()
    {
        var byId = _modules.Where(m => m.State != ModuleState.Faulted).ToDictionary(m => m.Id);
        bool changed;
        do
        {
            changed = false;
            foreach (var module in byId.Values.Where(m => m.State != ModuleState.Faulted).ToList())
            {
                var broken = module.Manifest.Dependencies.Keys.FirstOrDefault(d => !byId.TryGetValue(d, out var dep) || dep.State == ModuleState.Faulted);
                if (broken is not null)
                {
                    module.Fault($"Module {module.Id} depends on {broken}, which is faulted.");
                    changed = true;
                }
            }
        }
        while (changed);
    }
}

/// <summary>What one module registered besides steps, stores and messages.</summary>
public sealed record ModuleRegistrations(
    IReadOnlyList<Type> DbContexts, IReadOnlyList<Type> Seeders, IReadOnlyList<Type> PersonalDataProviders,
    IReadOnlyList<Action<IEndpointRouteBuilder>> Endpoints, Tenants.SettingsContractInfo? Settings)
{
    /// <summary>Nothing registered.</summary>
    public static ModuleRegistrations Empty { get; } = new([], [], [], [], null);

    /// <summary>The module's recurring jobs.</summary>
    internal IReadOnlyList<Jobs.RecurringJobDescriptor> RecurringJobs { get; init; } = [];

    /// <summary>The module's one-off jobs.</summary>
    internal IReadOnlyList<Jobs.OneOffJobDescriptor> OneOffJobs { get; init; } = [];
}
