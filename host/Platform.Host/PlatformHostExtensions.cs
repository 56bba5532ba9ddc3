using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Host.Api;
using Platform.Host.Auth;
using Platform.Host.Auth.Permissions;
using Platform.Host.Catalog;
using Platform.Host.Contributions;
using Platform.Host.Tenants;
using Platform.Host.Data;
using Platform.Host.Jobs;
using Platform.Host.Limits;
using Platform.Host.Metadata;
using Platform.Host.Modules;
using Platform.Host.Observability;
using Platform.Host.OpenApi;
using Platform.Host.Pipeline;
using Platform.Sdk.Contributions;
using Platform.Sdk.Data;
using Platform.Sdk.Http;
using Platform.Sdk.Modules;

namespace Platform.Host;

/// <summary>Wires the platform into an ASP.NET Core application.</summary>
public static class PlatformHostExtensions
{
    /// <summary>Loads every module under the module root (plus any in-process modules) and registers the platform's services.</summary>
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder, params IReadOnlyList<InProcessModule> inProcessModules)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection("Platform");
        var options = section.Get<PlatformOptions>() ?? new PlatformOptions();
        var contentRoot = builder.Environment.ContentRootPath;
        var dataFolder = Path.GetFullPath(options.DataFolder, contentRoot);
        var moduleRoot = Path.GetFullPath(options.ModuleRoot, contentRoot);
        var database = DatabaseProviders.Create(options, dataFolder);

        var services = builder.Services;
        services.Configure<PlatformOptions>(section);
        services.AddOptions<PipelineOptions>().Bind(section.GetSection("Pipeline")).ValidateDataAnnotations()
            .Validate(o => o.OperationTimeout > TimeSpan.Zero && o.DefaultStepTimeout > TimeSpan.Zero, "Platform:Pipeline: OperationTimeout and DefaultStepTimeout must be positive.")
            .ValidateOnStart();
        services.AddSingleton(database);
        services.AddSingleton<TraceStore>();
        services.AddOptions<TraceOptions>().Bind(section.GetSection("Traces")).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<TraceWriter>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<TenantOptions>().Bind(section.GetSection("Tenants"))
            .Validate(o => TenantTimeZones.Find(o.DefaultTimeZone) is not null, "Platform:Tenants:DefaultTimeZone must be an IANA time zone id (e.g. Asia/Shanghai, UTC).")
            .ValidateOnStart();
        services.AddSingleton<CatalogDatabase>();
        services.AddSingleton<TenantDirectory>();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<TenantModuleMigrator>();
        services.AddSingleton<ModuleEnablement>();
        services.AddSingleton<TenantAdministration>();
        services.AddSingleton<TenantSettingsService>();
        services.AddSingleton<DemoPeople>();
        services.AddSingleton<PlatformBootstrap>();
        services.AddSingleton<TenantPlatformDatabase>();
        services.AddOptions<JobOptions>().Bind(section.GetSection("Jobs")).ValidateDataAnnotations()
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.LeaseDuration > TimeSpan.Zero && o.BaseDelay >= TimeSpan.Zero && o.MaxDelay >= o.BaseDelay,
                "Platform:Jobs: PollInterval and LeaseDuration must be positive, and MaxDelay at least BaseDelay.")
            .ValidateOnStart();
        services.AddSingleton<JobSignal>();
        services.AddSingleton<JobStatements>();
        services.AddSingleton<JobQueue>();
        services.AddSingleton<JobRunner>();
        services.AddScoped<JobRecorder>();
        services.AddScoped(sp => sp.GetRequiredService<OperationDatabase>().CreateContext(sp.GetRequiredService<TenantPlatformDatabase>().Options));
        services.AddScoped<JobAdministration>();
        services.AddSingleton<TenantTimeZones>();
        services.AddSingleton<OccurrenceStore>();
        services.AddSingleton<ScheduledJobExecution>();
        services.AddScoped<Platform.Sdk.Jobs.IJobScheduler, JobScheduler>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser().Build());
        services.AddPlatformAccess(section);
        services.AddPlatformRateLimiting(section.GetSection("RateLimits"));
        // The handler's own Information lines (not authenticated, challenged) would log every refused request twice;
        // it logs a refused key once at Debug itself.
        builder.Logging.AddFilter(typeof(ApiKeyAuthenticationHandler).FullName, LogLevel.Warning);
        services.AddScoped<RequestContext>();
        services.AddScoped<ICallerContext>(sp => sp.GetRequiredService<RequestContext>());
        services.AddScoped<OperationDatabase>();
        services.AddScoped<PipelineExecutor>();
        services.AddScoped<IDataService>(sp => new DataService(sp.GetRequiredService<PipelineExecutor>()));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOptions<HttpLimitOptions>().Bind(section.GetSection("Http")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PersonalDataEntities>();
        services.AddSingleton<MetadataCatalog>();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        services.AddProblemDetails();
        services.AddExceptionHandler<PipelineExceptionHandler>();
        services.AddPlatformHealthChecks();
        services.AddSingleton<PlatformStartupState>();
        builder.AddPlatformTelemetry();
        services.AddPlatformOpenApi();

        var registry = new PipelineRegistry();
        using var loggerFactory = LoggerFactory.Create(l => l.AddConsole());
        var catalog = ModuleHost.LoadAll(moduleRoot, inProcessModules, services, builder.Configuration, database, registry, loggerFactory.CreateLogger("Platform.Modules"));
        services.AddSingleton(registry);
        services.AddSingleton(catalog);
        services.AddSingleton(ScheduledJobRegistry.From(catalog));
        services.AddSingleton(catalog.Contributions);
        services.AddScoped<IContributions, TenantContributions>();
        services.AddScoped<IPermissionChecker, ManifestPermissionChecker>();
        services.AddHostedService<PlatformStartup>();
        services.AddHostedService<JobWorkerService>();
        services.AddHostedService<RecurringJobScheduler>();
        return builder;
    }

    /// <summary>Maps the platform's middleware and endpoints, and every module's endpoints.</summary>
    public static WebApplication UsePlatform(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<ResponseHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseSwaggerPage();
        app.UseAuthorization();
        app.UseMiddleware<RequestContextMiddleware>();
        app.MapPlatformHealth();
        app.MapPlatformOpenApiDocument();
        app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription().AllowAnonymous();
        app.MapPlatformApi();
        app.MapTenantsApi();
        app.MapAccessApi();
        app.MapJobsApi();
        app.MapTenantTimeZoneApi();
        app.MapMessagesApi();
        app.MapMetadataApi();
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        foreach (var module in catalog.Modules)
        {
            foreach (var map in catalog.RegistrationsOf(module).Endpoints)
            {
                map(app.MapGroup("").AddEndpointFilter(new ModuleEndpointFilter(module)).WithMetadata(new ModuleRoute(module.Id)));
            }
        }
        return app;
    }
}
