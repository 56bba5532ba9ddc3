using System.Reflection;
using Semver;

namespace Platform.Host.Modules;

/// <summary>
/// Checks the modules against each other (duplicate ids, schemas, missing or out-of-range dependencies,
/// cycles) and orders the valid ones so that every module comes after its dependencies.
/// </summary>
public static class DependencyResolver
{
    /// <summary>Faults the modules that fail a check and returns the others in load order.</summary>
    public static IReadOnlyList<ModuleDescriptor> Resolve(IReadOnlyList<ModuleDescriptor> modules)
    {
        FaultDuplicates(modules, m => m.Id, (id, where) => $"Duplicate module id '{id}': found in {where}.");
        FaultDuplicates(modules.Where(m => m.Manifest.Schema is not null).ToList(), m => m.Manifest.Schema!,
            (schema, where) => $"Schema '{schema}' is claimed by more than one module: {where}.");
        var byId = modules.Where(m => m.State != ModuleState.Faulted).ToDictionary(m => m.Id);
        FaultCycles(byId);
        // Missing, out-of-range or faulted dependencies; repeat because a fault can cascade.
        bool changed;
        do
        {
            changed = false;
            foreach (var module in byId.Values.Where(m => m.State != ModuleState.Faulted))
            {
                if (FindDependencyProblem(module, modules, byId) is { } reason)
                {
                    module.Fault(reason);
                    changed = true;
                }
            }
        }
        while (changed);
        return TopologicalOrder(byId.Values.Where(m => m.State != ModuleState.Faulted).ToList());
    }

    /// <summary>The reason a module cannot run because of one of its dependencies, or null.</summary>
    public static string? FindDependencyProblem(ModuleDescriptor module, IReadOnlyList<ModuleDescriptor> all, IReadOnlyDictionary<string, ModuleDescriptor> byId)
    {
        foreach (var (id, rangeText) in module.Manifest.Dependencies.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            if (!byId.TryGetValue(id, out var dependency))
            {
                return all.Any(m => m.Id == id)
                    ? $"Module {module.Id} depends on {id}, which is faulted."
                    : $"Module {module.Id} depends on {id} {rangeText}, which is not installed.";
            }
            // Both parsed already in ManifestValidator; a failure here means "does not satisfy".
            if (!SemanticVersions.TryParseRange(rangeText, out var range) || !SemanticVersions.TryParse(dependency.Manifest.Version, out var version)
                || !range!.Contains(version!))
            {
                return $"Module {module.Id} depends on {id} {rangeText}, but version {dependency.Manifest.Version} is installed.";
            }
            if (dependency.State == ModuleState.Faulted)
            {
                return $"Module {module.Id} depends on {id}, which is faulted.";
            }
        }
        return null;
    }

    private static void FaultDuplicates(IReadOnlyList<ModuleDescriptor> modules, Func<ModuleDescriptor, string> key, Func<string, string, string> reason)
    {
        foreach (var group in modules.GroupBy(key).Where(g => g.Count() > 1))
        {
            var where = string.Join(" and ", group.Select(m => m.Directory).Order(StringComparer.Ordinal));
            foreach (var module in group)
            {
                module.Fault(reason(group.Key, where));
            }
        }
    }

    private static void FaultCycles(Dictionary<string, ModuleDescriptor> byId)
    {
        var state = new Dictionary<string, int>(); // 0 unvisited, 1 on stack, 2 done
        var stack = new List<string>();
        foreach (var id in byId.Keys.Order(StringComparer.Ordinal))
        {
            Visit(id);
        }

        void Visit(string id)
        {
            if (state.GetValueOrDefault(id) == 2)
            {
                return;
            }
            if (state.GetValueOrDefault(id) == 1)
            {
                var cycle = stack.Skip(stack.IndexOf(id)).Append(id).ToList();
                var path = string.Join(" -> ", cycle);
                foreach (var member in cycle.Distinct())
                {
                    byId[member].Fault($"Module {member} is part of a dependency cycle: {path}.");
                }
                return;
            }
            state[id] = 1;
            stack.Add(id);
            foreach (var dependency in byId[id].Manifest.Dependencies.Keys.Order(StringComparer.Ordinal))
            {
                if (byId.ContainsKey(dependency))
                {
                    Visit(dependency);
                }
            }
            stack.RemoveAt(stack.Count - 1);
            state[id] = 2;
        }
    }

    private static List<ModuleDescriptor> TopologicalOrder(List<ModuleDescriptor> modules)
    {
        var ordered = new List<ModuleDescriptor>();
        var placed = new HashSet<string>();
        var remaining = modules.OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        while (remaining.Count > 0)
        {
            var next = remaining.First(m => m.Manifest.Dependencies.Keys.All(placed.Contains));
            ordered.Add(next);
            placed.Add(next.Id);
            remaining.Remove(next);
        }
        return ordered;
    }

    /// <summary>The SDK version this host carries (the package version, not the assembly version, which stays at major.0.0.0).</summary>
    public static SemVersion HostSdkVersion { get; } = SemVersion.Parse(
        (typeof(Sdk.Modules.IModule).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(Sdk.Modules.IModule).Assembly.GetName().Version!.ToString(3)).Split('+')[0], SemVersionStyles.Strict);
}
