using Platform.Host.Modules;
using Platform.Sdk.Jobs;

namespace Platform.Host.Jobs;

/// <summary>The kinds of system job (column <c>kind</c>).</summary>
public static class JobKind
{
    /// <summary>An asynchronous pipeline step (ADR 0008).</summary>
    public const string Step = "step";

    /// <summary>One occurrence of a module's recurring job.</summary>
    public const string Recurring = "recurring";

    /// <summary>A one-off job a module enqueued.</summary>
    public const string OneOff = "oneoff";

    /// <summary>Every kind, for validating filters.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Step, Recurring, OneOff };
}

/// <summary>A module's recurring job: its class, evaluated schedule and options.</summary>
internal sealed record RecurringJobDescriptor(ModuleDescriptor Module, string Name, Type JobType, RecurringSchedule Schedule, RecurringJobOptions Options);

/// <summary>A module's one-off job: its class and how it is invoked with its payload.</summary>
internal sealed record OneOffJobDescriptor(ModuleDescriptor Module, string Name, Type JobType, Type PayloadType, IScheduledJobInvoker Invoker);

/// <summary>Every recurring and one-off job the running modules registered.</summary>
internal sealed class ScheduledJobRegistry
{
    private readonly List<RecurringJobDescriptor> _recurring = [];
    private readonly Dictionary<(string Module, string Name), RecurringJobDescriptor> _recurringByName = [];
    private readonly Dictionary<(string Module, string Name), OneOffJobDescriptor> _oneOffByName = [];
    private readonly Dictionary<Type, OneOffJobDescriptor> _oneOffByType = [];

    /// <summary>Recurring jobs, in registration order.</summary>
    public IReadOnlyList<RecurringJobDescriptor> Recurring => _recurring;

    /// <summary>The jobs of every module that registered successfully (a job class belongs to the first module registering it).</summary>
    public static ScheduledJobRegistry From(ModuleCatalog catalog)
    {
        var registry = new ScheduledJobRegistry();
        foreach (var module in catalog.Modules)
        {
            var registrations = catalog.RegistrationsOf(module);
            foreach (var job in registrations.RecurringJobs)
            {
                registry._recurring.Add(job);
                registry._recurringByName[(job.Module.Id, job.Name)] = job;
            }
            foreach (var job in registrations.OneOffJobs)
            {
                registry._oneOffByName[(job.Module.Id, job.Name)] = job;
                registry._oneOffByType.TryAdd(job.JobType, job);
            }
        }
        return registry;
    }

    public RecurringJobDescriptor? FindRecurring(string moduleId, string name) => _recurringByName.GetValueOrDefault((moduleId, name));

    public OneOffJobDescriptor? FindOneOff(string moduleId, string name) => _oneOffByName.GetValueOrDefault((moduleId, name));

    public OneOffJobDescriptor? FindOneOff(Type jobType) => _oneOffByType.GetValueOrDefault(jobType);
}
