using System.Text.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Platform.Host.Contributions;
using Platform.Host.Data;
using Platform.Host.Jobs;
using Platform.Host.Pipeline;
using Platform.Host.Tenants;
using Platform.Sdk.Data;
using Platform.Sdk.Jobs;
using Platform.Sdk.Messages;
using Platform.Sdk.Modules;
using Platform.Sdk.PersonalData;
using Platform.Sdk.Pipeline;
using Platform.Sdk.Settings;
using Scrutor;

namespace Platform.Host.Modules;

/// <summary>
/// Collects one module's registrations in isolation. Nothing reaches the host until
/// <see cref="ModuleRegistrar"/> has checked all of it, so a refused module leaves no trace.
/// </summary>
internal sealed class ModuleBuilder(ModuleDescriptor module, IConfiguration configuration, IDatabaseProvider database) : IModuleBuilder
{
    public ModuleManifest Manifest => module.Manifest;
    public IServiceCollection Services { get; } = new ServiceCollection();
    public IConfiguration Configuration { get; } = configuration;

    public List<string> Problems { get; } = [];
    public List<StepRegistration> Steps { get; } = [];
    public List<Type> StepTypes { get; } = [];
    public List<EntityOwner> Entities { get; } = [];
    public List<MessageOwner> Messages { get; } = [];
    public List<Type> DbContexts { get; } = [];
    public List<Type> Seeders { get; } = [];
    public List<ContributionEntry> Contributions { get; } = [];

    /// <summary>The module's personal-data providers (its contributions to <see cref="IPersonalDataProvider"/>).</summary>
    public IReadOnlyList<Type> PersonalDataProviders =>
        [.. Contributions.Where(c => c.ContractType == typeof(IPersonalDataProvider)).Select(c => c.Implementation!)];
    public List<Action<IEndpointRouteBuilder>> Endpoints { get; } = [];
    public SettingsContractInfo? Settings { get; private set; }
    public List<RecurringJobDescriptor> RecurringJobs { get; } = [];
    public List<OneOffJobDescriptor> OneOffJobs { get; } = [];

    private static readonly JsonSerializerOptions ContributionJson = new(JsonSerializerDefaults.Web);

    public IModuleBuilder AddStep<TStep>(StepRegistration registration) where TStep : class, IPipelineStep
    {
        ArgumentNullException.ThrowIfNull(registration);
        var name = $"Step {registration.Name ?? typeof(TStep).Name}";
        if (string.IsNullOrWhiteSpace(registration.Message))
        {
            Problems.Add($"{name} has no message.");
        }
        else if (registration.Stage is not (PipelineStage.PreValidation or PipelineStage.PreOperation or PipelineStage.PostOperation))
        {
            Problems.Add($"{name} is registered at stage {(int)registration.Stage}; steps run at 10, 20 or 40 (30 belongs to the entity's or message's owner).");
        }
        else if (registration.Mode == StepMode.Asynchronous && registration.Stage != PipelineStage.PostOperation)
        {
            Problems.Add($"{name} is asynchronous at stage {(int)registration.Stage}; asynchronous steps run at PostOperation (40) only.");
        }
        else if (registration.Timeout is { } t && t <= TimeSpan.Zero)
        {
            Problems.Add($"{name} has a time limit of {t}; it must be positive.");
        }
        Steps.Add(registration);
        StepTypes.Add(typeof(TStep));
        Services.TryAddScoped<TStep>();
        return this;
    }

    public IModuleBuilder AddMessage<TRequest, TResponse, THandler>(string messageName)
        where THandler : class, ICustomMessageHandler<TRequest, TResponse> =>
        AddMessage<TRequest, TResponse, THandler>(messageName, null);

    public IModuleBuilder AddMessage<TRequest, TResponse, THandler>(string messageName, string? permission)
        where THandler : class, ICustomMessageHandler<TRequest, TResponse>
    {
        if (ManifestValidator.FindNameProblem("Custom message", messageName) is { } problem)
        {
            Problems.Add(problem);
        }
        if (permission is not null && !Manifest.Permissions.Any(p => string.Equals(p.Name, permission, StringComparison.Ordinal)))
        {
            Problems.Add($"Custom message '{messageName}' requires the permission '{permission}', which module.json does not declare under permissions.");
        }
        Services.TryAddScoped<THandler>();
        Messages.Add(new MessageOwner(module, messageName, typeof(TRequest), typeof(TResponse), new MessageInvoker<TRequest, TResponse, THandler>()) { Permission = permission });
        return this;
    }

    public IModuleBuilder AddEntityStore<TStore>(string entityName) where TStore : class, IEntityStore
    {
        if (ManifestValidator.FindNameProblem("Entity", entityName) is { } problem)
        {
            Problems.Add($"Entity store {typeof(TStore).Name}: {problem}");
        }
        Services.TryAddScoped<TStore>();
        Entities.Add(new EntityOwner(module, entityName, typeof(TStore)));
        return this;
    }

    public IModuleBuilder AddDbContext<TContext>() where TContext : ModuleDbContext
    {
        if (Manifest.Schema is not { } schema)
        {
            Problems.Add($"{typeof(TContext).Name} needs a schema, but module.json declares none.");
            return this;
        }
        var options = new ModuleContextOptions<TContext>(database, typeof(TContext).Assembly, schema);
        Services.AddSingleton(options);
        Services.AddScoped(sp => sp.GetRequiredService<OperationDatabase>().CreateContext(options));
        DbContexts.Add(typeof(TContext));
        return this;
    }

    public IModuleBuilder AddSettings<TSettings>() where TSettings : class, new()
    {
        var settings = new TSettings();
        Configuration.Bind(settings);
        var errors = SettingsContract.Validate(settings);
        if (errors.Count > 0)
        {
            Problems.Add($"Settings of {Manifest.Id} are invalid: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        }
        Services.AddSingleton<IOptions<TSettings>>(Options.Create(settings));
        var contract = new SettingsContractInfo(Manifest.Id, typeof(TSettings), settings);
        Settings = contract;
        Services.AddScoped<IOptionsSnapshot<TSettings>>(sp => new TenantSettingsSnapshot<TSettings>(sp.GetRequiredService<RequestContext>(), contract));
        return this;
    }

    public IModuleBuilder AddPersonalData<TProvider>() where TProvider : class, IPersonalDataProvider =>
        Contribute<IPersonalDataProvider, TProvider>();

    public IModuleBuilder Contribute<TContract, TImplementation>() where TContract : class where TImplementation : class, TContract
    {
        var contract = typeof(TContract);
        if (!SharedAssemblies.IsShared(contract.Assembly.GetName().Name ?? ""))
        {
            Problems.Add($"{typeof(TImplementation).Name} contributes to {contract.FullName}, a type of {contract.Assembly.GetName().Name}; "
                + "only types of shared assemblies (the SDK) are the same type in every module. Contribute to a named contract with Contribute(name, data) instead.");
        }
        else if (Contributions.Any(c => c.Implementation == typeof(TImplementation) && c.ContractType == contract))
        {
            Problems.Add($"{typeof(TImplementation).Name} contributes to {contract.FullName} twice.");
        }
        Services.TryAddScoped<TImplementation>();
        Contributions.Add(new ContributionEntry(module, contract.FullName!, contract, typeof(TImplementation), default));
        return this;
    }

    public IModuleBuilder Contribute(string contract, object data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (ManifestValidator.FindNameProblem("Contract", contract) is { } problem)
        {
            Problems.Add(problem);
        }
        JsonElement json;
        try
        {
            json = JsonSerializer.SerializeToElement(data, data.GetType(), ContributionJson);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            Problems.Add($"The contribution to {contract} cannot be written as JSON: {e.Message}");
            return this;
        }
        Contributions.Add(new ContributionEntry(module, contract, null, null, json));
        return this;
    }

    public IModuleBuilder AddDemoData<TSeeder>() where TSeeder : class, IDemoDataSeeder
    {
        Services.TryAddScoped<TSeeder>();
        Seeders.Add(typeof(TSeeder));
        return this;
    }

    public IModuleBuilder AddRecurringJob<TJob>(string name, JobSchedule schedule, RecurringJobOptions? options = null) where TJob : class, IRecurringJob
    {
        options ??= new RecurringJobOptions();
        var evaluated = RecurringSchedule.TryCreate(schedule, out var problem);
        if (CheckJobName(name, typeof(TJob)) && evaluated is null)
        {
            Problems.Add($"Recurring job {name} {problem}");
        }
        else if (options.Timeout is { } t && t <= TimeSpan.Zero)
        {
            Problems.Add($"Recurring job {name} has a time limit of {t}; it must be positive.");
        }
        else if (options.MaxAttempts is < 1 or > 100)
        {
            Problems.Add($"Recurring job {name} allows {options.MaxAttempts} attempts; use 1 to 100.");
        }
        Services.TryAddScoped<TJob>();
        if (evaluated is not null)
        {
            RecurringJobs.Add(new RecurringJobDescriptor(module, name, typeof(TJob), evaluated, options));
        }
        return this;
    }

    public IModuleBuilder AddJob<TJob, TPayload>(string name) where TJob : class, IOneOffJob<TPayload>
    {
        CheckJobName(name, typeof(TJob));
        Services.TryAddScoped<TJob>();
        OneOffJobs.Add(new OneOffJobDescriptor(module, name, typeof(TJob), typeof(TPayload), new OneOffJobInvoker<TJob, TPayload>()));
        return this;
    }

    // Names identify a job's rows (and a recurring job's occurrences): unique within the module, and short enough to store.
    private bool CheckJobName(string name, Type jobType)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            Problems.Add($"Job {jobType.Name} has the name '{name}'; a job name is 1 to 200 characters.");
            return false;
        }
        if (RecurringJobs.Any(j => j.Name == name) || OneOffJobs.Any(j => j.Name == name))
        {
            Problems.Add($"Job name '{name}' is registered twice; each job of a module needs its own name.");
            return false;
        }
        return true;
    }

    public IModuleBuilder MapEndpoints(Action<IEndpointRouteBuilder> map)
    {
        Endpoints.Add(map);
        return this;
    }

    /// <summary>
    /// Registers the module's steps, stores, handlers, providers and seeders as scoped services by
    /// scanning its assembly; a class registered twice is an error, never a silent replacement.
    /// </summary>
    public void ScanModuleAssembly()
    {
        Services.Scan(scan => scan
            .FromAssemblies(module.Assembly!)
            .AddClasses(classes => classes.AssignableToAny(
                typeof(IPipelineStep), typeof(IEntityStore), typeof(ICustomMessageHandler<,>), typeof(IPersonalDataProvider), typeof(IDemoDataSeeder),
                typeof(IRecurringJob), typeof(IOneOffJob<>)))
            .UsingRegistrationStrategy(RegistrationStrategy.Throw)
            .AsSelf()
            .WithScopedLifetime());
    }
}
