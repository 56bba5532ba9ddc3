using System.Security.Claims;
using Platform.Host.Auth;
using Platform.Host.Auth.Permissions;
using Platform.Host.Modules;
using Platform.Host.Tenants;
using Platform.Host.Pipeline;
using Platform.Sdk.Http;

namespace Platform.Host.Api;

/// <summary>The platform's own endpoints: modules and traces.</summary>
internal static class ModulesApi
{
    public static void MapPlatformApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/modules", async (ModuleCatalog catalog, PipelineRegistry registry, RequestContext request, ClaimsPrincipal user, TenantAdministration tenants, CancellationToken ct) =>
        {
            // A platform administrator sees every tenant's failed upgrades; a tenant key sees its own module states.
            var failures = Caller.IsPlatformAdmin(user)
                ? (await tenants.ListAsync(null, ct)).SelectMany(t => t.Modules.Where(m => m.Value.Error is not null).Select(m => (Module: m.Key, Failure: new TenantModuleFailure(t.Id, m.Value.Status, m.Value.SchemaVersion, m.Value.Error!)))).ToList()
                : [];
            return catalog.Modules.Select(m => Describe(m, registry) with
            {
                Tenant = request.Tenant?.Modules.TryGetValue(m.Id, out var state) == true
                    ? new TenantModuleInfo(state.Status.ToString().ToLowerInvariant(), state.SchemaVersion, state.Error)
                    : null,
                TenantFailures = failures.Where(f => f.Module == m.Id).Select(f => f.Failure).ToList(),
            }).ToList();
        }).WithTags("platform").WithName("modules.list").WithSummary("List the installed modules and their state").RequirePermission(HostPermissions.PlatformRead);
        app.MapGet("/api/traces", async (Guid? correlationId, RequestContext request, TraceStore traces, CancellationToken ct) =>
            request.Tenant is null
                ? Results.Problem(statusCode: 403, title: "Forbidden.", detail: "Traces belong to tenants; use a tenant's API key.")
                : Results.Ok(await traces.GetAsync(request.TenantId, correlationId, ct)))
            .WithTags("platform").WithName("traces.list").WithSummary("Read the tenant's pipeline traces").Produces<IReadOnlyList<TraceRecord>>().RequirePermission(HostPermissions.TracesRead);
    }

    private static ModuleInfo Describe(ModuleDescriptor module, PipelineRegistry registry) => new(
        module.Id,
        module.Manifest.Version,
        module.Manifest.DisplayName,
        module.Manifest.Publisher,
        module.State.ToString().ToLowerInvariant(),
        module.FaultReason,
        module.Manifest.Schema,
        module.Manifest.Dependencies,
        module.Manifest.Permissions.Select(p => p.Name).ToList(),
        registry.Steps.Where(s => s.Module == module).Select(s => new StepInfo(
            s.Name, s.Registration.Message, s.Registration.Entity, (int)s.Registration.Stage, s.Registration.Stage.ToString(),
            s.Registration.Mode.ToString(), s.Registration.Rank, s.Registration.FilteringAttributes,
            s.Registration.PreImage, s.Registration.PostImage)).ToList(),
        registry.Entities.Values.Where(e => e.Module == module).Select(e => e.EntityName).Order(StringComparer.Ordinal).ToList(),
        registry.Messages.Values.Where(e => e.Module == module).Select(e => e.MessageName).Order(StringComparer.Ordinal).ToList());

    /// <summary>A module as <c>/api/modules</c> lists it.</summary>
    public sealed record ModuleInfo(
        string Id, string Version, string DisplayName, string Publisher, string State, string? FaultReason, string? Schema,
        IReadOnlyDictionary<string, string> Dependencies, IReadOnlyList<string> Permissions, IReadOnlyList<StepInfo> Steps, IReadOnlyList<string> Entities, IReadOnlyList<string> Messages)
    {
        /// <summary>The module's state in the caller's tenant (null when not installed there, or for a platform key).</summary>
        public TenantModuleInfo? Tenant { get; init; }

        /// <summary>For a platform key: tenants where the module's last migration failed.</summary>
        public IReadOnlyList<TenantModuleFailure> TenantFailures { get; init; } = [];
    }

    /// <summary>A tenant where a module could not be migrated.</summary>
    public sealed record TenantModuleFailure(string TenantId, string Status, string SchemaVersion, string Error);

    /// <summary>A registered pipeline step.</summary>
    public sealed record StepInfo(
        string Name, string Message, string? Entity, int Stage, string StageName, string Mode, int Rank,
        IReadOnlyCollection<string> FilteringAttributes, IReadOnlyCollection<string>? PreImage, IReadOnlyCollection<string>? PostImage);
}
