using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Platform.Host.Auth;
using Platform.Host.Catalog;
using Platform.Host.Pipeline;
using Platform.Host.Tenants;
using Platform.Sdk.Http;

namespace Platform.Host.Api;

/// <summary>Tenants, their modules, settings and keys: <c>/api/tenants/...</c>.</summary>
internal static class TenantsApi
{
    /// <summary>Body of <c>POST /api/tenants</c>.</summary>
    public sealed record CreateTenantRequest(
        [property: System.ComponentModel.DataAnnotations.Required] string Id,
        [property: System.ComponentModel.DataAnnotations.Required] string Name,
        IReadOnlyList<string>? Modules = null,
        bool WithDependencies = false);

    /// <summary>Body of <c>POST /api/tenants/{id}/keys</c>.</summary>
    public sealed record CreateKeyRequest(
        [property: System.ComponentModel.DataAnnotations.Required, System.ComponentModel.DataAnnotations.StringLength(200, MinimumLength = 1)] string Name,
        [property: System.ComponentModel.DataAnnotations.Required] string Role);

    public static void MapTenantsApi(this IEndpointRouteBuilder app)
    {
        var tenants = app.MapGroup("/api/tenants").WithTags("tenants");
        tenants.MapGet("/", (ClaimsPrincipal user, TenantAdministration admin, CancellationToken ct) =>
            admin.ListAsync(Caller.IsPlatformAdmin(user) ? null : Caller.TenantOf(user) ?? "", ct)).WithName("tenants.list");
        tenants.MapPost("/", CreateAsync).Accepts<CreateTenantRequest>("application/json").WithName("tenants.create").WithMetadata(NoStore.Instance);
        tenants.MapGet("/{tenantId}", (string tenantId, ClaimsPrincipal user, TenantAdministration admin, CancellationToken ct) =>
        {
            Caller.RequireTenantReader(user, tenantId);
            return admin.GetAsync(tenantId, ct);
        }).WithName("tenants.get");
        tenants.MapPost("/{tenantId}/suspend", (string tenantId, ClaimsPrincipal user, TenantAdministration admin, CancellationToken ct) =>
        {
            Caller.RequirePlatformAdmin(user);
            return admin.SetStatusAsync(tenantId, TenantStatus.Suspended, ct);
        }).WithName("tenants.suspend");
        tenants.MapPost("/{tenantId}/resume", (string tenantId, ClaimsPrincipal user, TenantAdministration admin, CancellationToken ct) =>
        {
            Caller.RequirePlatformAdmin(user);
            return admin.SetStatusAsync(tenantId, TenantStatus.Active, ct);
        }).WithName("tenants.resume");
        tenants.MapDelete("/{tenantId}", async (string tenantId, bool? confirm, ClaimsPrincipal user, TenantAdministration admin, CancellationToken ct) =>
        {
            Caller.RequirePlatformAdmin(user);
            await admin.DeleteAsync(tenantId, confirm == true, ct);
            return Results.NoContent();
        }).WithName("tenants.delete");

        var modules = tenants.MapGroup("/{tenantId}/modules");
        modules.MapGet("/", async (string tenantId, ClaimsPrincipal user, TenantAdministration admin, CancellationToken ct) =>
        {
            Caller.RequireTenantReader(user, tenantId);
            return (await admin.GetAsync(tenantId, ct)).Modules;
        }).WithName("tenants.modules.list");
        modules.MapPost("/{moduleId}/enable", async (string tenantId, string moduleId, bool? withDependencies, ClaimsPrincipal user, ModuleEnablement enablement, TenantAdministration admin, CancellationToken ct) =>
        {
            Caller.RequireTenantAdmin(user, tenantId);
            var enabled = await enablement.EnableAsync(tenantId, moduleId, withDependencies == true, ct);
            return new { enabled, modules = (await admin.GetAsync(tenantId, ct)).Modules };
        }).WithName("tenants.modules.enable");
        modules.MapPost("/{moduleId}/disable", async (string tenantId, string moduleId, ClaimsPrincipal user, ModuleEnablement enablement, TenantAdministration admin, CancellationToken ct) =>
        {
            Caller.RequireTenantAdmin(user, tenantId);
            await enablement.DisableAsync(tenantId, moduleId, ct);
            return (await admin.GetAsync(tenantId, ct)).Modules;
        }).WithName("tenants.modules.disable");
        modules.MapDelete("/{moduleId}", async (string tenantId, string moduleId, bool? confirm, ClaimsPrincipal user, ModuleEnablement enablement, CancellationToken ct) =>
        {
            Caller.RequireTenantAdmin(user, tenantId);
            await enablement.UninstallAsync(tenantId, moduleId, confirm == true, ct);
            return Results.NoContent();
        }).WithName("tenants.modules.uninstall");
        modules.MapGet("/{moduleId}/settings", (string tenantId, string moduleId, ClaimsPrincipal user, TenantSettingsService settings, CancellationToken ct) =>
        {
            Caller.RequireTenantReader(user, tenantId);
            return settings.GetAsync(tenantId, moduleId, ct);
        }).WithName("tenants.modules.settings.get");
        modules.MapPut("/{moduleId}/settings", PutSettingsAsync).Accepts<JsonElement>("application/json").WithName("tenants.modules.settings.put");

        var keys = tenants.MapGroup("/{tenantId}/keys");
        keys.MapGet("/", (string tenantId, ClaimsPrincipal user, ApiKeyStore store, CancellationToken ct) =>
        {
            Caller.RequireTenantAdmin(user, tenantId);
            return store.ListAsync(tenantId, ct);
        }).WithName("tenants.keys.list");
        keys.MapPost("/", CreateKeyAsync).Accepts<CreateKeyRequest>("application/json").WithName("tenants.keys.create").WithMetadata(NoStore.Instance);
        keys.MapDelete("/{keyId:guid}", async (string tenantId, Guid keyId, ClaimsPrincipal user, ApiKeyStore store, CancellationToken ct) =>
        {
            Caller.RequireTenantAdmin(user, tenantId);
            return await store.RevokeAsync(tenantId, keyId, ct) ? Results.NoContent() : Results.Problem(statusCode: 404, title: "Not found.", detail: $"Key {keyId} does not exist.");
        }).WithName("tenants.keys.revoke");
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ClaimsPrincipal user, TenantAdministration admin, CancellationToken ct)
    {
        Caller.RequirePlatformAdmin(user);
        var (input, _, problem) = await EntityEndpoints.ReadInputAsync<CreateTenantRequest>(request, partial: false, ct);
        if (problem is not null)
        {
            return problem;
        }
        var (tenant, key) = await admin.CreateAsync(input!.Id, input.Name, input.Modules ?? [], input.WithDependencies, ct);
        return Results.Created($"/api/tenants/{tenant.Id}", new { tenant, adminKey = key });
    }

    private static async Task<IResult> PutSettingsAsync(
        string tenantId, string moduleId, HttpRequest request, ClaimsPrincipal user, TenantSettingsService settings, RequestContext context, CancellationToken ct)
    {
        Caller.RequireTenantAdmin(user, tenantId);
        if (!request.HasJsonContentType())
        {
            return Results.Problem(statusCode: 415, title: "The body must be JSON (Content-Type: application/json).");
        }
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["$"] = [$"The body is not valid JSON: {e.Message}"] }, title: "The body is not valid JSON.");
        }
        using (body)
        {
            if (StrictJson.FindViolation(body.RootElement, DefaultEntityWritePolicy.DefaultMaxCollectionItems) is { } violation)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { [violation.Field] = [violation.Message] });
            }
            return Results.Ok(await settings.PutAsync(tenantId, moduleId, body.RootElement, context.UserId, ct));
        }
    }

    private static async Task<IResult> CreateKeyAsync(string tenantId, HttpRequest request, ClaimsPrincipal user, ApiKeyStore store, TenantDirectory tenants, CancellationToken ct)
    {
        Caller.RequireTenantAdmin(user, tenantId);
        var (input, _, problem) = await EntityEndpoints.ReadInputAsync<CreateKeyRequest>(request, partial: false, ct);
        if (problem is not null)
        {
            return problem;
        }
        if (!Roles.TenantRoles.Contains(input!.Role))
        {
            throw PlatformProblemException.Invalid("role", $"A tenant key's role is {Roles.TenantAdmin} or {Roles.TenantUser}.");
        }
        if (await tenants.GetFreshAsync(tenantId, ct) is null)
        {
            throw PlatformProblemException.NotFound($"Tenant '{tenantId}' does not exist.");
        }
        var key = await store.IssueAsync(tenantId, input.Role, input.Name, ct);
        return Results.Created($"/api/tenants/{tenantId}/keys/{key.Id}", key);
    }
}
