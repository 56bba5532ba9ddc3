using System.Collections.Concurrent;
using Platform.Host.Modules;
using Platform.Sdk.Modules;
using Platform.Sdk.Pipeline;

namespace Platform.Host.Pipeline;

/// <summary>
/// A registered step, attributed to its module. <see cref="BoundMessage"/> and <see cref="BoundEntity"/> are the
/// registration's custom message and entity as the host bound them when the module registered: qualified
/// (<c>module/name</c>) when the name is the module's own or has exactly one owner already registered, else as written.
/// </summary>
public sealed record StepDescriptor(ModuleDescriptor Module, StepRegistration Registration, Type StepType, int Sequence)
{
    /// <summary>Name for listings and traces.</summary>
    public string Name => Registration.Name ?? StepType.Name;

    /// <summary>The message the step attaches to: a data message, or a custom message (qualified once bound).</summary>
    public string BoundMessage { get; init; } = Registration.Message;

    /// <summary>The entity the step attaches to (qualified once bound), or null for every entity.</summary>
    public string? BoundEntity { get; init; } = Registration.Entity;
}

/// <summary>An entity or custom message name and the module that owns it.</summary>
public interface IOwnedName
{
    /// <summary>The owning module.</summary>
    ModuleDescriptor Module { get; }

    /// <summary>The name within the module.</summary>
    string Name { get; }

    /// <summary><c>&lt;module id&gt;/&lt;name&gt;</c>.</summary>
    string QualifiedName { get; }
}

/// <summary>The module that owns an entity and the store type that performs its main operation.</summary>
public sealed record EntityOwner(ModuleDescriptor Module, string EntityName, Type StoreType) : IOwnedName
{
    /// <inheritdoc />
    public string Name => EntityName;

    /// <summary><c>&lt;module id&gt;/&lt;entity name&gt;</c>.</summary>
    public string QualifiedName { get; } = Sdk.Modules.QualifiedName.Of(Module.Id, EntityName);
}

/// <summary>The module that owns a custom message and how to invoke its handler.</summary>
public sealed record MessageOwner(ModuleDescriptor Module, string MessageName, Type RequestType, Type ResponseType, IMessageInvoker Invoker) : IOwnedName
{
    /// <inheritdoc />
    public string Name => MessageName;

    /// <summary><c>&lt;module id&gt;/&lt;message name&gt;</c>.</summary>
    public string QualifiedName { get; } = Sdk.Modules.QualifiedName.Of(Module.Id, MessageName);

    /// <summary>The permission a caller needs, or null when any caller of the tenant may call it.</summary>
    public string? Permission { get; init; }
}

/// <summary>
/// Every step, entity owner and custom message the modules registered. Filled while the host starts,
/// read-only afterwards; execution plans per (message, entity) are cached. Names are owned per module
/// (ADR 0018): two modules may each own an entity or message of the same name.
/// </summary>
public sealed class PipelineRegistry
{
    private readonly List<StepDescriptor> _steps = [];
    private readonly Dictionary<string, EntityOwner> _entities = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, MessageOwner> _messages = new(StringComparer.OrdinalIgnoreCase);
    private readonly OwnerIndex<EntityOwner> _entitiesByName = new();
    private readonly OwnerIndex<MessageOwner> _messagesByName = new();
    private readonly ConcurrentDictionary<(string Message, string? Entity), PipelinePlan> _plans = new();

    /// <summary>All registered steps in registration order.</summary>
    public IReadOnlyList<StepDescriptor> Steps => _steps;

    /// <summary>Entity owners by qualified name (<c>platform.core/order</c>).</summary>
    public IReadOnlyDictionary<string, EntityOwner> Entities => _entities;

    /// <summary>Custom messages by qualified name (<c>platform.pricing/pricing.quote</c>).</summary>
    public IReadOnlyDictionary<string, MessageOwner> Messages => _messages;

    /// <summary>
    /// Why these registrations cannot be added, or null: a name the module registers twice, or a step whose
    /// unqualified entity or custom message is owned by several modules already.
    /// </summary>
    public string? FindConflict(ModuleDescriptor module, IEnumerable<StepRegistration> steps, IEnumerable<EntityOwner> entities, IEnumerable<MessageOwner> messages)
    {
        var ownEntities = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in entities)
        {
            if (!ownEntities.Add(entity.EntityName) || _entities.ContainsKey(entity.QualifiedName))
            {
                return $"Entity '{entity.EntityName}' is registered twice by module {module.Id}; an entity name is unique within its module.";
            }
        }
        var ownMessages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var message in messages)
        {
            if (!ownMessages.Add(message.MessageName) || _messages.ContainsKey(message.QualifiedName))
            {
                return $"Custom message '{message.MessageName}' is registered twice by module {module.Id}; a message name is unique within its module.";
            }
        }
        foreach (var step in steps)
        {
            var problem = FindAmbiguity(step, "entity", step.Entity, ownEntities, _entitiesByName)
                ?? (IsDataMessage(step.Message) ? null : FindAmbiguity(step, "message", step.Message, ownMessages, _messagesByName));
            if (problem is not null)
            {
                return problem;
            }
        }
        return null;
    }

    private static string? FindAmbiguity<T>(StepRegistration step, string kind, string? name, HashSet<string> own, OwnerIndex<T> index) where T : class, IOwnedName
    {
        if (name is null || QualifiedName.Split(name).ModuleId is not null || own.Contains(name) || index.Of(name).Length < 2)
        {
            return null;
        }
        var owners = string.Join(", ", index.Of(name).Select(o => o.QualifiedName));
        return $"Step {step.Name ?? step.Message} attaches to the {kind} '{name}', which several modules own ({owners}); qualify it with the owner's module id.";
    }

    /// <summary>Adds a module's registrations (after <see cref="FindConflict"/> found none), binding its steps' names.</summary>
    public void Add(IEnumerable<StepRegistration> steps, IEnumerable<Type> stepTypes, ModuleDescriptor module, IEnumerable<EntityOwner> entities, IEnumerable<MessageOwner> messages)
    {
        foreach (var entity in entities)
        {
            _entities.Add(entity.QualifiedName, entity);
            _entitiesByName.Add(entity);
        }
        foreach (var message in messages)
        {
            _messages.Add(message.QualifiedName, message);
            _messagesByName.Add(message);
        }
        foreach (var (registration, type) in steps.Zip(stepTypes))
        {
            _steps.Add(new StepDescriptor(module, registration, type, _steps.Count)
            {
                BoundMessage = IsDataMessage(registration.Message) ? registration.Message : Bind(registration.Message, module, _messagesByName)!,
                BoundEntity = Bind(registration.Entity, module, _entitiesByName),
            });
        }
        _plans.Clear();
    }

    /// <summary>The module's own name, else the only owner's qualified name, else the name as written.</summary>
    private static string? Bind<T>(string? name, ModuleDescriptor module, OwnerIndex<T> index) where T : class, IOwnedName
    {
        if (name is null || QualifiedName.Split(name).ModuleId is not null)
        {
            return name;
        }
        var owners = index.Of(name);
        var own = owners.FirstOrDefault(o => o.Module == module);
        return own is not null ? own.QualifiedName : owners.Length == 1 ? owners[0].QualifiedName : name;
    }

    /// <summary>
    /// The owner of an entity name: a qualified name names it; an unqualified one is the calling module's own
    /// entity, else the only one of that name among the active modules. Throws <see cref="UnknownTargetException"/>
    /// or <see cref="AmbiguousNameException"/>.
    /// </summary>
    public EntityOwner ResolveEntity(string name, ModuleDescriptor? caller, Func<ModuleDescriptor, bool> isActive) =>
        Resolve(name, caller, isActive, _entities, _entitiesByName, "Entity");

    /// <summary>The owner of a custom message name, by the same rules as <see cref="ResolveEntity"/>.</summary>
    public MessageOwner ResolveMessage(string name, ModuleDescriptor? caller, Func<ModuleDescriptor, bool> isActive) =>
        Resolve(name, caller, isActive, _messages, _messagesByName, "Custom message");

    private static T Resolve<T>(string name, ModuleDescriptor? caller, Func<ModuleDescriptor, bool> isActive, Dictionary<string, T> byQualified, OwnerIndex<T> index, string kind)
        where T : class, IOwnedName
    {
        if (name.Contains(QualifiedName.Separator, StringComparison.Ordinal))
        {
            return byQualified.TryGetValue(name, out var named) && isActive(named.Module)
                ? named
                : throw new UnknownTargetException($"{kind} '{name}'");
        }
        var owners = index.Of(name);
        T? found = null;
        var count = 0;
        foreach (var owner in owners)
        {
            var module = owner.Module;
            if (!isActive(module))
            {
                continue;
            }
            if (module == caller)
            {
                return owner;
            }
            found = owner;
            count++;
        }
        return count switch
        {
            0 => throw new UnknownTargetException($"{kind} '{name}'"),
            1 => found!,
            _ => throw new AmbiguousNameException(kind, name, owners.Where(o => isActive(o.Module)).Select(o => o.QualifiedName).ToList()),
        };
    }

    /// <summary>The asynchronous step a job was recorded for, or null when no module registers it any more.</summary>
    public StepDescriptor? FindAsynchronousStep(string moduleId, string stepType, string stepName, string message, string? entity) =>
        _steps.FirstOrDefault(s => s.Registration.Mode == StepMode.Asynchronous && s.Module.Id == moduleId && s.StepType.FullName == stepType
            && s.Name == stepName && string.Equals(QualifiedName.Split(s.BoundMessage).Name, message, StringComparison.OrdinalIgnoreCase)
            && (s.BoundEntity is null || string.Equals(QualifiedName.Split(s.BoundEntity).Name, entity, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// The steps that apply to a message on an entity, by stage, in execution order. <paramref name="message"/> is a
    /// data message or a custom message's qualified name; <paramref name="entity"/> an entity's qualified name or null.
    /// </summary>
    public PipelinePlan GetPlan(string message, string? entity) =>
        _plans.GetOrAdd((message, entity), key => PipelinePlan.Build(_steps.Where(s =>
            AppliesTo(s.BoundMessage, key.Message, _messagesByName) && (s.BoundEntity is null || (key.Entity is not null && AppliesTo(s.BoundEntity, key.Entity, _entitiesByName))))));

    /// <summary>
    /// A bound name applies to its target; a name that was unbound at registration (no owner yet) applies to an
    /// owner of that name only while that owner is the only one, so a step never attaches to two modules' names.
    /// </summary>
    private static bool AppliesTo<T>(string bound, string target, OwnerIndex<T> index) where T : class, IOwnedName
    {
        if (string.Equals(bound, target, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var (module, name) = QualifiedName.Split(target);
        return module is not null && QualifiedName.Split(bound).ModuleId is null
            && string.Equals(bound, name, StringComparison.OrdinalIgnoreCase) && index.Of(name).Length == 1;
    }

    private static bool IsDataMessage(string message) =>
        message.Equals(PipelineMessages.Create, StringComparison.OrdinalIgnoreCase) || message.Equals(PipelineMessages.Update, StringComparison.OrdinalIgnoreCase)
        || message.Equals(PipelineMessages.Delete, StringComparison.OrdinalIgnoreCase);

    /// <summary>Owners by their unqualified name.</summary>
    private sealed class OwnerIndex<T> where T : class, IOwnedName
    {
        private readonly Dictionary<string, T[]> _byName = new(StringComparer.OrdinalIgnoreCase);

        public T[] Of(string name) => _byName.TryGetValue(name, out var owners) ? owners : [];

        public void Add(T owner) => _byName[owner.Name] = [.. Of(owner.Name), owner];
    }
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
