using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
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
    public List<Type> PersonalDataProviders { get; } = [];
    public List<Action<IEndpointRouteBuilder>> Endpoints { get; } = [];
    public SettingsContractInfo? Settings { get; private set; }
    public List<RecurringJobDescriptor> RecurringJobs { get; } = [];
    public List<OneOffJobDescriptor> OneOffJobs { get; } = [];

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
        where THandler : class, ICustomMessageHandler<TRequest, TResponse>
    {
        if (string.IsNullOrWhiteSpace(messageName) || messageName is PipelineMessages.Create or PipelineMessages.Update or PipelineMessages.Delete)
        {
            Problems.Add($"Custom message name '{messageName}' is empty or reserved.");
        }
        Services.TryAddScoped<THandler>();
        Messages.Add(new MessageOwner(module, messageName, typeof(TRequest), typeof(TResponse), new MessageInvoker<TRequest, TResponse, THandler>()));
        return this;
    }

    public IModuleBuilder AddEntityStore<TStore>(string entityName) where TStore : class, IEntityStore
    {
        if (string.IsNullOrWhiteSpace(entityName))
        {
            Problems.Add($"Entity store {typeof(TStore).Name} has no entity name.");
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

    public IModuleBuilder AddPersonalData<TProvider>() where TProvider : class, IPersonalDataProvider
    {
        Services.TryAddScoped<TProvider>();
        PersonalDataProviders.Add(typeof(TProvider));
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
