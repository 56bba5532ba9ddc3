using Microsoft.AspNetCore.Authorization;
using Platform.Host.Auth.Principals;

namespace Platform.Host.Auth.Permissions;

/// <summary>Registers principals, roles and permission policies.</summary>
internal static class AccessServices
{
    public static IServiceCollection AddPlatformAccess(this IServiceCollection services, IConfiguration platformSection)
    {
        services.AddOptions<AccessOptions>().Bind(platformSection.GetSection("Access")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PermissionCatalog>();
        services.AddSingleton<PrincipalDirectory>();
        services.AddSingleton<IPermissionEvaluator, PermissionEvaluator>();
        services.AddSingleton<PrincipalAdministration>();
        services.AddSingleton<RoleAdministration>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, PermissionDeniedResultHandler>();
        return services;
    }
}
