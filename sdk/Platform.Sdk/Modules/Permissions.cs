namespace Platform.Sdk.Modules;

/// <summary>Checks what the calling user may do (the same answer as <see cref="ICallerContext.HasPermission"/>; scoped to the request).</summary>
public interface IPermissionChecker
{
    /// <summary>True when the current user holds the permission (declared in a module manifest).</summary>
    bool Has(string permission);
}
