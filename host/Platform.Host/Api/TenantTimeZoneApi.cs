using System.Text.Json;
using Platform.Host.Auth.Permissions;
using Platform.Host.Pipeline;
using Platform.Host.Tenants;
using Platform.Sdk.Http;

namespace Platform.Host.Api;

/// <summary>A tenant's time zone: <c>GET/PUT /api/tenants/{id}/time-zone</c> (read: <c>tenant.settings.read</c>; write: <c>tenant.settings.write</c>).</summary>
internal static class TenantTimeZoneApi
{
    /// <summary>The tenant's zone, and whether it is the host's default.</summary>
    public sealed record TimeZoneView(string TimeZone, bool IsDefault);

    /// <summary>Body of the PUT: an IANA id.</summary>
    public sealed record TimeZoneInput(string TimeZone);

    public static void MapTenantTimeZoneApi(this IEndpointRouteBuilder app)
    {
        var zone = app.MapGroup("/api/tenants/{tenantId}/time-zone").WithTags("tenants");
        zone.MapGet("/", async (string tenantId, TenantDirectory tenants, TenantTimeZones zones, CancellationToken ct) =>
        {
            var tenant = await tenants.GetAsync(tenantId, ct) ?? throw PlatformProblemException.NotFound($"Tenant '{tenantId}' does not exist.");
            return new TimeZoneView(zones.Of(tenant).Id, !tenant.SettingsJson.ContainsKey(TenantTimeZones.SettingsKey));
        }).WithName("tenants.timezone.get").WithSummary("Read a tenant's time zone").RequirePermission(HostPermissions.SettingsRead);
        zone.MapPut("/", PutAsync).Accepts<TimeZoneInput>("application/json").WithName("tenants.timezone.put").WithSummary("Set a tenant's time zone (IANA id)").Produces<TimeZoneView>().RequirePermission(HostPermissions.SettingsWrite);
    }

    private static async Task<IResult> PutAsync(string tenantId, HttpRequest request, TenantTimeZones zones, RequestContext context, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            return Results.Problem(statusCode: 415, title: "The body must be JSON (Content-Type: application/json).");
        }
        string? id = null;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            if (body.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw PlatformProblemException.Invalid("$", "The body must be a JSON object: {\"timeZone\": \"Asia/Shanghai\"}.");
            }
            foreach (var property in body.RootElement.EnumerateObject())
            {
                if (!property.NameEquals("timeZone"))
                {
                    throw PlatformProblemException.Invalid(property.Name, "Unknown field; the body has only timeZone.");
                }
                id = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()
                    : throw PlatformProblemException.Invalid("timeZone", "A time zone is required (an IANA id such as Asia/Shanghai), as a string.");
            }
        }
        catch (JsonException e)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["$"] = [$"The body is not valid JSON: {e.Message}"] }, title: "The body is not valid JSON.");
        }
        var zone = await zones.SetAsync(tenantId, id, context.UserId, ct);
        return Results.Ok(new TimeZoneView(zone.Id, false));
    }
}
