using Platform.Host.Modules;
using Platform.Host.Pipeline;

namespace Platform.Host.Api;

/// <summary>The platform's own endpoints: modules and traces.</summary>
internal static class ModulesApi
{
    public static void MapPlatformApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/modules", (ModuleCatalog catalog, PipelineRegistry registry) =>
            catalog.Modules.Select(m => Describe(m, registry)).ToList())
            .WithTags("platform").WithName("modules.list");
        app.MapGet("/api/traces", (Guid? correlationId, RequestContext request, TraceStore traces) =>
            traces.Get(request.TenantId, correlationId))
            .WithTags("platform").WithName("traces.list");
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
        IReadOnlyDictionary<string, string> Dependencies, IReadOnlyList<string> Permissions, IReadOnlyList<StepInfo> Steps, IReadOnlyList<string> Entities, IReadOnlyList<string> Messages);

    /// <summary>A registered pipeline step.</summary>
    public sealed record StepInfo(
        string Name, string Message, string? Entity, int Stage, string StageName, string Mode, int Rank,
        IReadOnlyCollection<string> FilteringAttributes, IReadOnlyCollection<string>? PreImage, IReadOnlyCollection<string>? PostImage);
}
