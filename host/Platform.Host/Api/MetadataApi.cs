using Platform.Host.Auth.Permissions;
using Platform.Host.Metadata;
using Platform.Host.Pipeline;
using Platform.Sdk.Http;

namespace Platform.Host.Api;

/// <summary>
/// <c>GET /api/metadata</c> and <c>GET /api/metadata/entities/{name}</c>: the entities and custom messages of the
/// tenant's enabled modules, read from the same input classes and registrations that validate and serve them.
/// The console and partners build pages and clients from it.
/// </summary>
internal static class MetadataApi
{
    public static void MapMetadataApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/metadata").WithTags("platform");
        group.MapGet("", (RequestContext request, MetadataCatalog catalog, HttpContext http) =>
                request.Tenant is null ? NoTenant() : Results.Ok(catalog.For(m => request.IsModuleEnabled(m.Id), http.RequestServices)))
            .WithName("metadata.get").WithSummary("Describe the tenant's entities and custom messages")
            .Produces<MetadataDocument>().RequirePermission(HostPermissions.PlatformRead);
        group.MapGet("/entities/{**name}", (string name, RequestContext request, MetadataCatalog catalog, HttpContext http) =>
            {
                if (request.Tenant is null)
                {
                    return NoTenant();
                }
                var entities = catalog.For(m => request.IsModuleEnabled(m.Id), http.RequestServices).Entities;
                var found = entities.FirstOrDefault(e => string.Equals(e.QualifiedName, name, StringComparison.OrdinalIgnoreCase))
                    ?? (entities.Count(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)) == 1
                        ? entities.First(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase))
                        : null);
                return found is null
                    ? Results.Problem(statusCode: 404, title: "Not found.", detail: $"No enabled module of this tenant owns exactly one entity '{name}'; name it qualified (module/name).")
                    : Results.Ok(found);
            })
            .WithName("metadata.entity").WithSummary("Describe one entity (qualified, or unqualified when one enabled module owns it)")
            .Produces<EntityMetadata>().RequirePermission(HostPermissions.PlatformRead);
    }

    private static IResult NoTenant() =>
        Results.Problem(statusCode: 403, title: "Forbidden.", detail: "Metadata describes a tenant's enabled modules; use a tenant's API key.");
}
