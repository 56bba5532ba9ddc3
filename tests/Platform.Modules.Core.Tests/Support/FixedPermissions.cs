using Platform.Sdk.Modules;

namespace Platform.Modules.Core.Tests.Support;

/// <summary>A caller holding exactly the given permissions.</summary>
public sealed class FixedPermissions(params string[] held) : IPermissionChecker
{
    /// <summary>Holds every permission Core declares that a store looks at.</summary>
    public static readonly FixedPermissions Everything = new("core.salaries.read");

    public bool Has(string permission) => held.Contains(permission);
}
