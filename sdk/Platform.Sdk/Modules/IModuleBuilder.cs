using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Sdk.Data;
using Platform.Sdk.Jobs;
using Platform.Sdk.Messages;
using Platform.Sdk.PersonalData;
using Platform.Sdk.Pipeline;

namespace Platform.Sdk.Modules;

/// <summary>What a module may register with the host. Every registration is attributed to the module.</summary>
public interface IModuleBuilder
{
    /// <summary>The module's validated manifest.</summary>
    ModuleManifest Manifest { get; }

    /// <summary>
    /// The module's own services. A module may add services; it may not replace a platform service or
    /// another module's service (the host refuses the module with a clear reason).
    /// </summary>
    IServiceCollection Services { get; }

    /// <summary>The module's configuration section (<c>Modules:&lt;id&gt;</c>).</summary>
    IConfiguration Configuration { get; }

    /// <summary>Registers a pipeline step.</summary>
    IModuleBuilder AddStep<TStep>(StepRegistration registration) where TStep : class, IPipelineStep;

    /// <summary>Registers the handler (stage 30) of a custom message with a unique name.</summary>
    IModuleBuilder AddMessage<TRequest, TResponse, THandler>(string messageName)
        where THandler : class, ICustomMessageHandler<TRequest, TResponse>;

    /// <summary>Makes the module the owner of an entity: the store performs its main operation (stage 30).</summary>
    IModuleBuilder AddEntityStore<TStore>(string entityName) where TStore : class, IEntityStore;

    /// <summary>
    /// Registers the module's DbContext. The host configures its provider, applies the module's schema
    /// (a table prefix on SQLite) and joins it to the running operation's connection and transaction.
    /// </summary>
    IModuleBuilder AddDbContext<TContext>() where TContext : ModuleDbContext;

    /// <summary>
    /// Registers the module's settings contract. Host-wide defaults are bound from configuration and
    /// validated by the class's data annotations; each tenant may override fields through the settings API.
    /// Inject <c>IOptionsSnapshot&lt;TSettings&gt;</c> for the calling tenant's settings (scoped per operation);
    /// <c>IOptions&lt;TSettings&gt;</c> gives the host-wide defaults.
    /// </summary>
    IModuleBuilder AddSettings<TSettings>() where TSettings : class, new();

    /// <summary>Registers the module's personal-data provider (declared fields, export and erase of one data subject).</summary>
    IModuleBuilder AddPersonalData<TProvider>() where TProvider : class, IPersonalDataProvider;

    /// <summary>Registers the module's demo data, written once into a new demo tenant.</summary>
    IModuleBuilder AddDemoData<TSeeder>() where TSeeder : class, IDemoDataSeeder;

    /// <summary>
    /// Registers a recurring job: every occurrence of <paramref name="schedule"/> (cron on the tenant's clock, or
    /// an interval) runs once for every tenant that enabled the module, as a system job (kind <c>recurring</c>).
    /// The name is unique within the module and identifies the job's occurrences: renaming it starts a new schedule.
    /// </summary>
    IModuleBuilder AddRecurringJob<TJob>(string name, JobSchedule schedule, RecurringJobOptions? options = null) where TJob : class, IRecurringJob;

    /// <summary>Registers a one-off job the module enqueues through <see cref="IJobScheduler"/> (kind <c>oneoff</c> in system jobs).</summary>
    IModuleBuilder AddJob<TJob, TPayload>(string name) where TJob : class, IOneOffJob<TPayload>;

    /// <summary>Maps the module's HTTP endpoints. They answer 404 while the module is not running.</summary>
    IModuleBuilder MapEndpoints(Action<IEndpointRouteBuilder> map);
}
