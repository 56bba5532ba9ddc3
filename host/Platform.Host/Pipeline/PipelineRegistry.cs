using System.Collections.Concurrent;
using Platform.Host.Modules;
using Platform.Sdk.Pipeline;

namespace Platform.Host.Pipeline;

/// <summary>A registered step, attributed to its module.</summary>
public sealed record StepDescriptor(ModuleDescriptor Module, StepRegistration Registration, Type StepType, int Sequence)
{
    /// <summary>Name for listings and traces.</summary>
    public string Name => Registration.Name ?? StepType.Name;
}

/// <summary>The module that owns an entity and the store type that performs its main operation.</summary>
public sealed record EntityOwner(ModuleDescriptor Module, string EntityName, Type StoreType);

/// <summary>The module that owns a custom message and how to invoke its handler.</summary>
public sealed record MessageOwner(ModuleDescriptor Module, string MessageName, Type RequestType, Type ResponseType, IMessageInvoker Invoker);

/// <summary>
/// Every step, entity owner and custom message the modules registered. Filled while the host starts,
/// read-only afterwards; execution plans per (message, entity) are cached.
/// </summary>
public sealed class PipelineRegistry
{
    private readonly List<StepDescriptor> _steps = [];
    private readonly Dictionary<string, EntityOwner> _entities = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, MessageOwner> _messages = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<(string Message, string? Entity), PipelinePlan> _plans = new();

    /// <summary>All registered steps in registration order.</summary>
    public IReadOnlyList<StepDescriptor> Steps => _steps;

    /// <summary>Entity owners by logical name.</summary>
    public IReadOnlyDictionary<string, EntityOwner> Entities => _entities;

    /// <summary>Custom messages by name.</summary>
    public IReadOnlyDictionary<string, MessageOwner> Messages => _messages;

    /// <summary>Why these registrations cannot be added (a name already taken), or null.</summary>
    public string? FindConflict(IEnumerable<EntityOwner> entities, IEnumerable<MessageOwner> messages)
    {
        foreach (var entity in entities)
        {
            if (_entities.TryGetValue(entity.EntityName, out var owner))
            {
                return $"Entity '{entity.EntityName}' is already owned by module {owner.Module.Id}.";
            }
        }
        foreach (var message in messages)
        {
            if (_messages.TryGetValue(message.MessageName, out var owner))
            {
                return $"Custom message '{message.MessageName}' is already registered by module {owner.Module.Id}.";
            }
        }
        return null;
    }

    /// <summary>Adds a module's registrations (after <see cref="FindConflict"/> found none).</summary>
    public void Add(IEnumerable<StepRegistration> steps, IEnumerable<Type> stepTypes, ModuleDescriptor module, IEnumerable<EntityOwner> entities, IEnumerable<MessageOwner> messages)
    {
        foreach (var (registration, type) in steps.Zip(stepTypes))
        {
            _steps.Add(new StepDescriptor(module, registration, type, _steps.Count));
        }
        foreach (var entity in entities)
        {
            _entities.Add(entity.EntityName, entity);
        }
        foreach (var message in messages)
        {
            _messages.Add(message.MessageName, message);
        }
        _plans.Clear();
    }

    /// <summary>The asynchronous step a job was recorded for, or null when no module registers it any more.</summary>
    public StepDescriptor? FindAsynchronousStep(string moduleId, string stepType, string stepName, string message, string? entity) =>
        _steps.FirstOrDefault(s => s.Registration.Mode == StepMode.Asynchronous && s.Module.Id == moduleId && s.StepType.FullName == stepType
            && s.Name == stepName && string.Equals(s.Registration.Message, message, StringComparison.OrdinalIgnoreCase)
            && (s.Registration.Entity is null || string.Equals(s.Registration.Entity, entity, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The steps that apply to a message on an entity, by stage, in execution order.</summary>
    public PipelinePlan GetPlan(string message, string? entity) =>
        _plans.GetOrAdd((message, entity), key => PipelinePlan.Build(_steps.Where(s =>
            string.Equals(s.Registration.Message, key.Message, StringComparison.OrdinalIgnoreCase)
            && (s.Registration.Entity is null || string.Equals(s.Registration.Entity, key.Entity, StringComparison.OrdinalIgnoreCase)))));
}

/// <summary>The steps of one (message, entity), split by stage and sorted by rank, then registration order.</summary>
public sealed class PipelinePlan
{
    private PipelinePlan(IEnumerable<StepDescriptor> steps)
    {
        var sorted = steps.OrderBy(s => s.Registration.Rank).ThenBy(s => s.Sequence).ToList();
        PreValidation = [.. sorted.Where(s => s.Registration.Stage == PipelineStage.PreValidation)];
        PreOperation = [.. sorted.Where(s => s.Registration.Stage == PipelineStage.PreOperation)];
        PostOperation = [.. sorted.Where(s => s.Registration is { Stage: PipelineStage.PostOperation, Mode: StepMode.Synchronous })];
        Asynchronous = [.. sorted.Where(s => s.Registration.Mode == StepMode.Asynchronous)];
        NeedsPreImage = sorted.Any(s => s.Registration.PreImage is not null);
        NeedsPostImage = sorted.Any(s => s.Registration.PostImage is not null);
    }

    /// <summary>Stage 10 steps.</summary>
    public StepDescriptor[] PreValidation { get; }

    /// <summary>Stage 20 steps.</summary>
    public StepDescriptor[] PreOperation { get; }

    /// <summary>Synchronous stage 40 steps.</summary>
    public StepDescriptor[] PostOperation { get; }

    /// <summary>Asynchronous stage 40 steps: recorded as system jobs in the operation's transaction, run after commit.</summary>
    public StepDescriptor[] Asynchronous { get; }

    /// <summary>True when a step asked for the pre-image.</summary>
    public bool NeedsPreImage { get; }

    /// <summary>True when a step asked for the post-image.</summary>
    public bool NeedsPostImage { get; }

    internal static PipelinePlan Build(IEnumerable<StepDescriptor> steps) => new(steps);
}
