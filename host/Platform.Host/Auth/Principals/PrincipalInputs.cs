using System.ComponentModel.DataAnnotations;
using Platform.Host.Catalog;

namespace Platform.Host.Auth.Principals;

/// <summary>Body of <c>POST /api/tenants/{id}/principals</c>.</summary>
public sealed class CreatePrincipalRequest
{
    /// <summary>Person or ServiceAccount.</summary>
    [Required]
    public PrincipalKind? Kind { get; set; }

    /// <summary>Name shown in audits and lists.</summary>
    [Required, StringLength(200, MinimumLength = 1)]
    public string? DisplayName { get; set; }

    /// <summary>E-mail address; required for a person.</summary>
    [EmailAddress, StringLength(320)]
    public string? Email { get; set; }

    /// <summary>Local sign-in name (people only).</summary>
    [StringLength(100, MinimumLength = 3), RegularExpression("^[a-z0-9._@-]+$", ErrorMessage = "A user name is lower-case letters, digits and . _ @ -.")]
    public string? UserName { get; set; }

    /// <summary>Local sign-in password (with a user name); only its hash is kept.</summary>
    [StringLength(200)]
    public string? Password { get; set; }

    /// <summary>Built-in or tenant roles to assign.</summary>
    public IReadOnlyList<string>? Roles { get; set; }
}

/// <summary>Body of <c>PATCH /api/tenants/{id}/principals/{principalId}</c>: the members sent change.</summary>
public sealed class UpdatePrincipalRequest
{
    /// <summary>Name shown in audits and lists.</summary>
    [StringLength(200, MinimumLength = 1)]
    public string? DisplayName { get; set; }

    /// <summary>E-mail address.</summary>
    [EmailAddress, StringLength(320)]
    public string? Email { get; set; }

    /// <summary>A new password (the principal needs a user name).</summary>
    [StringLength(200)]
    public string? Password { get; set; }

    /// <summary>Replaces the principal's roles.</summary>
    public IReadOnlyList<string>? Roles { get; set; }

    /// <summary>True disables the principal (revokes its keys, refuses its sign-in); false enables it again.</summary>
    public bool? Disabled { get; set; }
}

/// <summary>Body of <c>POST /api/tenants/{id}/principals/{principalId}/keys</c>.</summary>
public sealed class CreatePrincipalKeyRequest
{
    /// <summary>What the key is for.</summary>
    [Required, StringLength(200, MinimumLength = 1)]
    public string? Name { get; set; }
}

/// <summary>Body of <c>POST /api/tenants/{id}/sign-in</c>.</summary>
public sealed class SignInRequest
{
    /// <summary>The local sign-in name.</summary>
    [Required, StringLength(100, MinimumLength = 1)]
    public string? UserName { get; set; }

    /// <summary>The password.</summary>
    [Required, StringLength(200, MinimumLength = 1)]
    public string? Password { get; set; }
}

/// <summary>Body of <c>PUT /api/tenants/{id}/roles/{name}</c>.</summary>
public sealed class RoleRequest
{
    /// <summary>What the role is for.</summary>
    [StringLength(500)]
    public string? Description { get; set; }

    /// <summary>Declared permission names.</summary>
    [Required]
    public IReadOnlyList<string>? Permissions { get; set; }
}

/// <summary>A principal as the API lists it (never its password hash).</summary>
public sealed record PrincipalInfo(
    Guid Id, string? TenantId, string Kind, string DisplayName, string? Email, string? UserName, bool HasPassword,
    IReadOnlyList<string> Roles, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt);

/// <summary>A role as the API lists it: built-in ones with their default grants (tenant-admin: every permission).</summary>
public sealed record RoleInfo(string Name, bool BuiltIn, string Description, bool AllPermissions, IReadOnlyList<string> Permissions);
