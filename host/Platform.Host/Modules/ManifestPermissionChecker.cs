using Platform.Sdk.Modules;

namespace Platform.Host.Modules;

/// <summary>
/// Knows the permissions running modules declare. Until API keys and roles exist (next issue) every
/// caller works as the demo tenant's administrator, who holds every declared permission; a permission
/// no running module declares is never held.
/// </summary>
internal sealed class ManifestPermissionChecker(ModuleCatalog catalog) : IPermissionChecker
{
    public bool Has(string permission) =>
        catalog.Modules.Any(m => m.IsRunning && m.Manifest.Permissions.Any(p => string.Equals(p.Name, permission, StringComparison.Ordinal)));
}
