namespace Platform.Host.Catalog;

/// <summary>Whether a principal is a person or a program.</summary>
public enum PrincipalKind
{
    /// <summary>A person; may have a local sign-in.</summary>
    Person,

    /// <summary>A program calling with API keys.</summary>
    ServiceAccount,
}

/// <summary>Someone or something acting in a tenant (or on the platform, when the tenant is null): keys belong to it, roles are assigned to it.</summary>
public sealed class PrincipalRow
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The tenant; null for a platform principal.</summary>
    public string? TenantId { get; set; }

    /// <summary>Person or service account.</summary>
    public PrincipalKind Kind { get; set; }

    /// <summary>Name shown in audits and lists.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>E-mail address (people).</summary>
    public string? Email { get; set; }

    /// <summary>Local sign-in name, unique in the tenant (people with a local sign-in).</summary>
    public string? UserName { get; set; }

    /// <summary>ASP.NET Core Identity's password hash (PBKDF2), when a local sign-in is set.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it was disabled (its keys stop working and it cannot sign in).</summary>
    public DateTimeOffset? DisabledAt { get; set; }
}

/// <summary>A tenant's own role: a named set of permissions. Built-in roles are not stored.</summary>
public sealed class RoleRow
{
    /// <summary>The tenant.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>Role name, unique in the tenant and different from every built-in role.</summary>
    public string Name { get; set; } = "";

    /// <summary>What the role is for.</summary>
    public string Description { get; set; } = "";

    /// <summary>Permission names, as a JSON array.</summary>
    public string PermissionsJson { get; set; } = "[]";

    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A role held by a principal.</summary>
public sealed class RoleAssignmentRow
{
    /// <summary>The principal.</summary>
    public Guid PrincipalId { get; set; }

    /// <summary>A built-in role's name or one of the tenant's roles.</summary>
    public string Role { get; set; } = "";
}
