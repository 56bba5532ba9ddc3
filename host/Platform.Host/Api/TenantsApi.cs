using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Platform.Host.Auth;
using Platform.Host.Auth.Permissions;
using Platform.Host.Auth.Principals;
using Platform.Host.Catalog;
using Platform.Host.Pipeline;
using Platform.Host.Tenants;
using Platform.Sdk.Http;
using IssuedApiKey = Platform.Host.Auth.IssuedApiKey;

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

    /// <summary>
    /// Body of <c>POST /api/tenants/{id}/keys</c>: a key for an existing principal, or (with a role) for a
    /// new service account holding that role.
    /// </summary>
    public sealed record CreateKeyRequest(
        [property: System.ComponentModel.DataAnnotations.Required, System.ComponentModel.DataAnnotations.StringLength(200, MinimumLength = 1)] string Name,
        string? Role = null,
        Guid? PrincipalId = null);

    /// <summary>Answer of <c>POST /api/tenants</c>: the tenant and its first administrator's key (shown once).</summary>
    public sealed record CreatedTenant(TenantInfo Tenant, IssuedApiKey AdminKey);

    /// <summary>Answer of <c>POST …/modules/{moduleId}/enable</c>: the modules it enabled (with dependencies) and the tenant's modules.</summary>
    public sealed record EnabledModules(IReadOnlyList<string> Enabled, IReadOnlyDictionary<string, TenantModuleInfo> Modules);

    public static void MapTenantsApi(this IEndpointRouteBuilder app)
    {
        var tenants = app.MapGroup("/api/tenants").WithTags("tenants");
        tenants.MapGet("/", (ClaimsPrincipal user, TenantAdministration admin, CancellationToken ct) =>
            admin.ListAsync(Caller.IsPlatformAdmin(user) ? null : Caller.TenantOf(user) ?? "", ct)).WithName("tenants.list").WithSummary("List tenants (own tenant, or all for the platform administrator)").RequirePermission(HostPermissions.PlatformRead);
        tenants.MapPost("/", CreateAsync).Accepts<CreateTenantRequest>("application/json").WithName("tenants.create").WithSummary("Create a tenant and its first administrator key").Produces<CreatedTenant>(StatusCodes.Status201Created).RequirePermission(HostPermissions.TenantsManage).WithMetadata(NoStore.Instance);
        tenants.MapGet("/{tenantId}", (string tenantId, TenantAdministration admin, CancellationToken ct) =>
        {
            return admin.GetAsync(tenantId, ct);
        }).WithName("tenants.get").WithSummary("Read a tenant").RequirePermission(HostPermissions.PlatformRead);
        tenants.MapPost("/{tenantId}/suspend", (string tenantId, TenantAdministration admin, CancellationToken ct) =>
        {
            return admin.SetStatusAsync(tenantId, TenantStatus.Suspended, ct);
        }).WithName("tenants.suspend").WithSummary("Suspend a tenant (its keys get 403)").RequirePermission(HostPermissions.TenantsManage);
        tenants.MapPost("/{tenantId}/resume", (string tenantId, TenantAdministration admin, CancellationToken ct) =>
        {
            return admin.SetStatusAsync(tenantId, TenantStatus.Active, ct);
        }).WithName("tenants.resume").WithSummary("Resume a suspended tenant").RequirePermission(HostPermissions.TenantsManage);
        tenants.MapDelete("/{tenantId}", async (string tenantId, bool? confirm, TenantAdministration admin, CancellationToken ct) =>
        {
            await admin.DeleteAsync(tenantId, confirm == true, ct);
            return Results.NoContent();
        }).WithName("tenants.delete").WithSummary("Delete a tenant and drop its database (confirm=true)").Produces(StatusCodes.Status204NoContent).RequirePermission(HostPermissions.TenantsManage);

        var modules = tenants.MapGroup("/{tenantId}/modules");
        modules.MapGet("/", async (string tenantId, TenantAdministration admin, CancellationToken ct) =>
        {
            return (await admin.GetAsync(tenantId, ct)).Modules;
        }).WithName("tenants.modules.list").WithSummary("List the modules of a tenant").RequirePermission(HostPermissions.PlatformRead);
        modules.MapPost("/{moduleId}/enable", async (string tenantId, string moduleId, bool? withDependencies, ModuleEnablement enablement, TenantAdministration admin, CancellationToken ct) =>
        {
            var enabled = await enablement.EnableAsync(tenantId, moduleId, withDependencies == true, ct);
            return new EnabledModules(enabled, (await admin.GetAsync(tenantId, ct)).Modules);
        }).WithName("tenants.modules.enable").WithSummary("Enable a module for a tenant (migrates its schema)").RequirePermission(HostPermissions.ModulesManage);
        modules.MapPost("/{moduleId}/disable", async (string tenantId, string moduleId, ModuleEnablement enablement, TenantAdministration admin, CancellationToken ct) =>
        {
            await enablement.DisableAsync(tenantId, moduleId, ct);
            return (await admin.GetAsync(tenantId, ct)).Modules;
        }).WithName("tenants.modules.disable").WithSummary("Disable a module for a tenant (keeps its data)").RequirePermission(HostPermissions.ModulesManage);
        modules.MapDelete("/{moduleId}", async (string tenantId, string moduleId, bool? confirm, ModuleEnablement enablement, CancellationToken ct) =>
        {
            await enablement.UninstallAsync(tenantId, moduleId, confirm == true, ct);
            return Results.NoContent();
        }).WithName("tenants.modules.uninstall").WithSummary("Uninstall a module: drop its schema (confirm=true)").Produces(StatusCodes.Status204NoContent).RequirePermission(HostPermissions.ModulesManage);
        modules.MapGet("/{moduleId}/settings", (string tenantId, string moduleId, TenantSettingsService settings, CancellationToken ct) =>
        {
            return settings.GetAsync(tenantId, moduleId, ct);
        }).WithName("tenants.modules.settings.get").WithSummary("Read a module's settings for a tenant").RequirePermission(HostPermissions.SettingsRead);
        modules.MapPut("/{moduleId}/settings", PutSettingsAsync).Accepts<JsonElement>("application/json").WithName("tenants.modules.settings.put").WithSummary("Replace a module's settings for a tenant").Produces<TenantSettingsView>().RequirePermission(HostPermissions.SettingsWrite);

        var keys = tenants.MapGroup("/{tenantId}/keys");
        keys.MapGet("/", (string tenantId, ApiKeyStore store, CancellationToken ct) =>
        {
            return store.ListAsync(tenantId, ct);
        }).WithName("tenants.keys.list").WithSummary("List a tenant's API keys (without secrets)").RequirePermission(HostPermissions.KeysManage);
        keys.MapPost("/", CreateKeyAsync).Accepts<CreateKeyRequest>("application/json").WithName("tenants.keys.create").WithSummary("Issue an API key (shown once)").Produces<IssuedApiKey>(StatusCodes.Status201Created).RequirePermission(HostPermissions.KeysManage).WithMetadata(NoStore.Instance);
        keys.MapDelete("/{keyId:guid}", async (string tenantId, Guid keyId, ApiKeyStore store, CancellationToken ct) =>
        {
            return await store.RevokeAsync(tenantId, keyId, ct) ? Results.NoContent() : Results.Problem(statusCode: 404, title: "Not found.", detail: $"Key {keyId} does not exist.");
        }).WithName("tenants.keys.revoke").WithSummary("Revoke an API key").Produces(StatusCodes.Status204NoContent).RequirePermission(HostPermissions.KeysManage);
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, TenantAdministration admin, CancellationToken ct)
    {
        var (input, _, problem) = await EntityEndpoints.ReadInputAsync<CreateTenantRequest>(request, partial: false, ct);
        if (problem is not null)
        {
            return problem;
        }
        var (tenant, key) = await admin.CreateAsync(input!.Id, input.Name, input.Modules ?? [], input.WithDependencies, ct);
        return Results.Created($"/api/tenants/{tenant.Id}", new CreatedTenant(tenant, key));
    }

    private static async Task<IResult> PutSettingsAsync(
        string tenantId, string moduleId, HttpRequest request, TenantSettingsService settings, RequestContext context, CancellationToken ct)
    {
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

    private static async Task<IResult> CreateKeyAsync(
        string tenantId, HttpRequest request, ApiKeyStore store, PrincipalAdministration principals, RoleAdministration roles, TenantDirectory tenants, CancellationToken ct)
    {
        var (input, _, problem) = await EntityEndpoints.ReadInputAsync<CreateKeyRequest>(request, partial: false, ct);
        if (problem is not null)
        {
            return problem;
        }
        if (await tenants.GetFreshAsync(tenantId, ct) is null)
        {
            throw PlatformProblemException.NotFound($"Tenant '{tenantId}' does not exist.");
        }
        if ((input!.Role is null) == (input.PrincipalId is null))
        {
            throw PlatformProblemException.Invalid(input.Role is null ? "principalId" : "role", "Send either principalId (a key for that principal) or role (a new service account with that role), not both.");
        }
        IssuedApiKey key;
        if (input.PrincipalId is { } principalId)
        {
            key = await principals.IssueKeyAsync(tenantId, principalId, input.Name, ct);
        }
        else
        {
            var role = Roles.Normalize(input.Role!);
            if (!Roles.TenantRoles.Contains(role) && !(await roles.ListAsync(tenantId, ct)).Any(r => r.Name == role))
            {
                throw PlatformProblemException.Invalid("role", $"A tenant key's role is a built-in tenant role ({string.Join(", ", Roles.TenantRoles)}) or one of the tenant's roles.");
            }
            key = await store.IssueAsync(tenantId, role, input.Name, ct);
        }
        return Results.Created($"/api/tenants/{tenantId}/keys/{key.Id}", key);
    }
}
