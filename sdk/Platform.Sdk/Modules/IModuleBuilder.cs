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

    /// <summary>
    /// Registers the handler (stage 30) of a custom message. The name is unique within the module; its
    /// qualified name is <c>&lt;module id&gt;/&lt;name&gt;</c> (see <see cref="QualifiedName"/>).
    /// </summary>
    IModuleBuilder AddMessage<TRequest, TResponse, THandler>(string messageName)
        where THandler : class, ICustomMessageHandler<TRequest, TResponse>;

    /// <summary>
    /// Registers a custom message that callers need <paramref name="permission"/> for (one the module's
    /// manifest declares). <c>POST /api/messages/{name}</c> refuses callers without it (403).
    /// </summary>
    IModuleBuilder AddMessage<TRequest, TResponse, THandler>(string messageName, string permission)
        where THandler : class, ICustomMessageHandler<TRequest, TResponse>;

    /// <summary>
    /// Makes the module the owner of an entity: the store performs its main operation (stage 30). The name is
    /// unique within the module; its qualified name is <c>&lt;module id&gt;/&lt;name&gt;</c>.
    /// </summary>
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

    /// <summary>
    /// Registers the module's personal-data provider (declared fields, export and erase of one data subject):
    /// a contribution to <see cref="IPersonalDataProvider"/>, the same as <c>Contribute&lt;IPersonalDataProvider, TProvider&gt;()</c>.
    /// </summary>
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

    /// <summary>
    /// Contributes an implementation of an SDK contract (an interface of a shared assembly: the SDK's, such as
    /// <see cref="IPersonalDataProvider"/>). Every module enumerates the contributions of the modules enabled
    /// for its tenant through <see cref="Contributions.IContributions"/>. A contract defined in a module
    /// assembly is refused: other modules cannot share its type; use a named contract instead.
    /// </summary>
    IModuleBuilder Contribute<TContract, TImplementation>() where TContract : class where TImplementation : class, TContract;

    /// <summary>
    /// Contributes data to a named contract (<c>publisher.name</c>, usually defined by another module). The data
    /// is kept as JSON; the contract's consumer reads it into its own type. Behaviour is contributed by naming
    /// one of the module's custom messages in the data, which the consumer calls by its qualified name.
    /// </summary>
    IModuleBuilder Contribute(string contract, object data);

    /// <summary>Maps the module's HTTP endpoints. They answer 404 while the module is not running.</summary>
    IModuleBuilder MapEndpoints(Action<IEndpointRouteBuilder> map);
}
