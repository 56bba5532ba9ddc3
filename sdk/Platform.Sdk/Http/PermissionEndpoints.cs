using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace Platform.Sdk.Http;

/// <summary>
/// An endpoint's required permission, as metadata: the host turns it into an authorization policy
/// (403 for a caller without it) and lists it in the API description.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequiredPermissionAttribute(string permission) : Attribute, IAuthorizeData
{
    /// <summary>The prefix of the policy names the host resolves to permissions.</summary>
    public const string PolicyPrefix = "permission:";

    /// <summary>The permission (or the operation it guards, like <c>product.update</c>; see <c>ModulePermission.Covers</c>).</summary>
    public string Permission { get; } = permission;

    /// <inheritdoc />
    public string? Policy { get => PolicyPrefix + Permission; set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public string? Roles { get => null; set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public string? AuthenticationSchemes { get => null; set => throw new NotSupportedException(); }
}

/// <summary>Declares the permission a module endpoint requires.</summary>
public static class PermissionEndpoints
{
    /// <summary>Callers without <paramref name="permission"/> get 403 before the handler runs.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(permission);
        return builder.WithMetadata(new RequiredPermissionAttribute(permission));
    }

    /// <summary>The permission name an entity operation requires unless a manifest permission covers it: <c>&lt;entity&gt;.&lt;operation&gt;</c>.</summary>
    public static string EntityOperation(string entityName, string operation) => $"{entityName}.{operation}";
}
