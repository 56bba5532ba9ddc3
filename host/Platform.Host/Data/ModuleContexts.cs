using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Host.Modules;
using Platform.Host.Pipeline;
using Platform.Sdk.Data;

namespace Platform.Host.Data;

/// <summary>One module DbContext, built as the host builds it, for tools that need no connection.</summary>
/// <param name="ModuleId">The owning module.</param>
/// <param name="Schema">The module's schema.</param>
/// <param name="ContextType">The context type (in the module's load context).</param>
/// <param name="Create">A new context on the provider, not connected.</param>
public sealed record ModuleContext(string ModuleId, string Schema, Type ContextType, Func<DbContext> Create);

/// <summary>The module contexts of a module root, and why any module could not provide its own.</summary>
/// <param name="Contexts">Every DbContext of every module that loaded.</param>
/// <param name="Problems">One line per faulted module.</param>
public sealed record ModuleContextSet(IReadOnlyList<ModuleContext> Contexts, IReadOnlyList<string> Problems);

/// <summary>Finds the DbContexts of the modules under a module root by loading them exactly as the host does.</summary>
public static class ModuleContexts
{
    /// <summary>
    /// Discovers, checks and loads every module under <paramref name="moduleRoot"/> (each into its own load
    /// context, with default settings) and returns its registered contexts configured for <paramref name="provider"/>.
    /// </summary>
    public static ModuleContextSet Load(string moduleRoot, IDatabaseProvider provider)
    {
        var catalog = ModuleHost.LoadAll(moduleRoot, [], new ServiceCollection(), new ConfigurationBuilder().Build(), provider, new PipelineRegistry(), NullLogger.Instance);
        var contexts = new List<ModuleContext>();
        var problems = new List<string>();
        foreach (var module in catalog.Modules)
        {
            if (module.State == ModuleState.Faulted)
            {
                problems.Add($"{module.Id}: {module.FaultReason}");
                continue;
            }
            foreach (var contextType in catalog.RegistrationsOf(module).DbContexts)
            {
                var optionsType = typeof(ModuleContextOptions<>).MakeGenericType(contextType);
                var options = Activator.CreateInstance(optionsType, provider, contextType.Assembly, module.Manifest.Schema!)!;
                var create = optionsType.GetMethod(nameof(ModuleContextOptions<ModuleDbContext>.Create))!;
                contexts.Add(new ModuleContext(module.Id, module.Manifest.Schema!, contextType, () => (DbContext)create.Invoke(options, null)!));
            }
        }
        return new ModuleContextSet(contexts, problems);
    }
}
