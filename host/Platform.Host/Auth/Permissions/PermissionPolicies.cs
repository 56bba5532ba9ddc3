using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.Options;
using Platform.Sdk.Http;

namespace Platform.Host.Auth.Permissions;

/// <summary>Requires the permission an operation or permission name resolves to (see <see cref="PermissionCatalog.RequiredFor"/>).</summary>
public sealed class PermissionRequirement(string permission) : IAuthorizationRequirement
{
    /// <summary>The name the endpoint declared.</summary>
    public string Permission { get; } = permission;
}

/// <summary>Builds a policy for every <c>permission:&lt;name&gt;</c> policy name; other names go to the default provider.</summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(RequiredPermissionAttribute.PolicyPrefix, StringComparison.Ordinal))
        {
            return new AuthorizationPolicyBuilder(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(policyName[RequiredPermissionAttribute.PolicyPrefix.Length..]))
                .Build();
        }
        return await base.GetPolicyAsync(policyName);
    }
}

/// <summary>
/// Succeeds when the caller holds the permission in the tenant the request works on: the route's
/// <c>{tenantId}</c>, or the caller's own tenant.
/// </summary>
internal sealed class PermissionAuthorizationHandler(IPermissionEvaluator evaluator, PermissionCatalog catalog) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var http = context.Resource as HttpContext;
        var tenantId = http?.GetRouteValue("tenantId") as string;
        var granted = await evaluator.GrantedAsync(context.User, tenantId, http?.RequestAborted ?? CancellationToken.None);
        if (granted.Has(catalog.RequiredFor(requirement.Permission)))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>Answers a refused permission with a 403 problem naming it; everything else as usual.</summary>
internal sealed class PermissionDeniedResultHandler(PermissionCatalog catalog) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<PermissionRequirement>().FirstOrDefault() is { } missing)
        {
            var permission = catalog.RequiredFor(missing.Permission);
            return Results.Problem(statusCode: 403, title: "Forbidden.",
                detail: $"This request needs the permission '{permission}', which the caller's roles do not grant here.",
                extensions: new Dictionary<string, object?> { ["permission"] = permission }).ExecuteAsync(context);
        }
        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
