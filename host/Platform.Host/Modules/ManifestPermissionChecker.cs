using Platform.Host.Pipeline;
using Platform.Sdk.Modules;

namespace Platform.Host.Modules;

/// <summary>
/// The SDK's permission check for module code: whether the request's principal holds the permission,
/// through its roles (<see cref="RequestContext.Permissions"/>). Scoped to the request.
/// </summary>
internal sealed class ManifestPermissionChecker(RequestContext request) : IPermissionChecker
{
    public bool Has(string permission) => request.HasPermission(permission);
}
