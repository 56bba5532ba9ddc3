using Platform.Host.Auth;
using Platform.Host.Auth.Permissions;
using Platform.Host.Auth.Principals;
using Platform.Sdk.Http;

namespace Platform.Host.Api;

/// <summary>
/// A tenant's people and service accounts, its roles and the declared permissions:
/// <c>/api/tenants/{id}/principals</c>, <c>/roles</c>, <c>/permissions</c>, and the local <c>/sign-in</c>.
/// </summary>
internal static class AccessApi
{
    public static void MapAccessApi(this IEndpointRouteBuilder app)
    {
        var tenant = app.MapGroup("/api/tenants/{tenantId}").WithTags("access");
        var principals = tenant.MapGroup("/principals");
        principals.MapGet("/", (string tenantId, PrincipalAdministration admin, CancellationToken ct) => admin.ListAsync(tenantId, ct))
            .WithName("tenants.principals.list").WithSummary("List a tenant's people and service accounts").RequirePermission(HostPermissions.PrincipalsManage);
        principals.MapPost("/", CreatePrincipalAsync).Accepts<CreatePrincipalRequest>("application/json")
            .WithName("tenants.principals.create").WithSummary("Create a person or service account").Produces<PrincipalInfo>(StatusCodes.Status201Created).RequirePermission(HostPermissions.PrincipalsManage);
        principals.MapGet("/{principalId:guid}", (string tenantId, Guid principalId, PrincipalAdministration admin, CancellationToken ct) =>
            admin.GetAsync(tenantId, principalId, ct)).WithName("tenants.principals.get").WithSummary("Read a principal").RequirePermission(HostPermissions.PrincipalsManage);
        principals.MapPatch("/{principalId:guid}", UpdatePrincipalAsync).Accepts<UpdatePrincipalRequest>("application/json")
            .WithName("tenants.principals.update").WithSummary("Change a principal (the members sent)").Produces<PrincipalInfo>().RequirePermission(HostPermissions.PrincipalsManage);
        principals.MapPost("/{principalId:guid}/keys", IssueKeyAsync).Accepts<CreatePrincipalKeyRequest>("application/json")
            .WithName("tenants.principals.keys.create").WithSummary("Issue an API key for a principal (shown once)").Produces<IssuedApiKey>(StatusCodes.Status201Created).RequirePermission(HostPermissions.PrincipalsManage);

        var roles = tenant.MapGroup("/roles");
        roles.MapGet("/", (string tenantId, RoleAdministration admin, CancellationToken ct) => admin.ListAsync(tenantId, ct))
            .WithName("tenants.roles.list").WithSummary("List the built-in and the tenant's own roles").RequirePermission(HostPermissions.RolesManage);
        roles.MapPut("/{name}", PutRoleAsync).Accepts<RoleRequest>("application/json")
            .WithName("tenants.roles.put").WithSummary("Create or replace a tenant role").Produces<RoleInfo>().Produces<RoleInfo>(StatusCodes.Status201Created).RequirePermission(HostPermissions.RolesManage);
        roles.MapDelete("/{name}", async (string tenantId, string name, RoleAdministration admin, CancellationToken ct) =>
        {
            await admin.DeleteAsync(tenantId, name, ct);
            return Results.NoContent();
        }).WithName("tenants.roles.delete").WithSummary("Delete a tenant role (refused while held)").Produces(StatusCodes.Status204NoContent).RequirePermission(HostPermissions.RolesManage);

        tenant.MapGet("/permissions", (PermissionCatalog permissions) => permissions.Declared)
            .WithName("tenants.permissions.list").WithSummary("List every declared permission").RequirePermission(HostPermissions.RolesManage);
        tenant.MapPost("/sign-in", SignInAsync).Accepts<SignInRequest>("application/json").WithName("tenants.sign-in").WithSummary("Sign in with a user name and password (no key)").Produces<PrincipalInfo>().AllowAnonymous();
    }

    private static async Task<IResult> CreatePrincipalAsync(string tenantId, HttpRequest request, PrincipalAdministration admin, CancellationToken ct)
    {
        var (input, _, problem) = await EntityEndpoints.ReadInputAsync<CreatePrincipalRequest>(request, partial: false, ct);
        if (problem is not null)
        {
            return problem;
        }
        var created = await admin.CreateAsync(tenantId, input!, ct);
        return Results.Created($"/api/tenants/{tenantId}/principals/{created.Id}", created);
    }

    private static async Task<IResult> UpdatePrincipalAsync(string tenantId, Guid principalId, HttpRequest request, PrincipalAdministration admin, CancellationToken ct)
    {
        var (input, present, problem) = await EntityEndpoints.ReadInputAsync<UpdatePrincipalRequest>(request, partial: true, ct);
        return problem ?? Results.Ok(await admin.UpdateAsync(tenantId, principalId, input!, present, ct));
    }

    private static async Task<IResult> IssueKeyAsync(string tenantId, Guid principalId, HttpRequest request, PrincipalAdministration admin, CancellationToken ct)
    {
        var (input, _, problem) = await EntityEndpoints.ReadInputAsync<CreatePrincipalKeyRequest>(request, partial: false, ct);
        if (problem is not null)
        {
            return problem;
        }
        var key = await admin.IssueKeyAsync(tenantId, principalId, input!.Name!, ct);
        return Results.Created($"/api/tenants/{tenantId}/keys/{key.Id}", key);
    }

    private static async Task<IResult> PutRoleAsync(string tenantId, string name, HttpRequest request, RoleAdministration admin, CancellationToken ct)
    {
        var (input, _, problem) = await EntityEndpoints.ReadInputAsync<RoleRequest>(request, partial: false, ct);
        if (problem is not null)
        {
            return problem;
        }
        var (role, created) = await admin.PutAsync(tenantId, name, input!, ct);
        return created ? Results.Created($"/api/tenants/{tenantId}/roles/{role.Name}", role) : Results.Ok(role);
    }

    private static async Task<IResult> SignInAsync(string tenantId, HttpRequest request, PrincipalAdministration admin, CancellationToken ct)
    {
        var (input, _, problem) = await EntityEndpoints.ReadInputAsync<SignInRequest>(request, partial: false, ct);
        if (problem is not null)
        {
            return problem;
        }
        return await admin.SignInAsync(tenantId, input!.UserName!, input.Password!, ct) is { } principal
            ? Results.Ok(principal)
            : Results.Problem(statusCode: 401, title: "Sign-in failed.", detail: "The user name or password is wrong, or the account is disabled.");
    }
}
