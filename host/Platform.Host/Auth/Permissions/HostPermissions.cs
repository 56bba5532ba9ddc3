using Platform.Sdk.Modules;

namespace Platform.Host.Auth.Permissions;

/// <summary>The permissions of the platform's own routes, with their default grants (the host's "manifest").</summary>
public static class HostPermissions
{
    /// <summary>Create, suspend, resume and delete tenants.</summary>
    public const string TenantsManage = "platform.tenants.manage";

    /// <summary>Read installed modules, the API description and the tenant's state.</summary>
    public const string PlatformRead = "platform.read";

    /// <summary>Enable, disable and uninstall modules of a tenant.</summary>
    public const string ModulesManage = "tenant.modules.manage";

    /// <summary>Read a tenant's module settings.</summary>
    public const string SettingsRead = "tenant.settings.read";

    /// <summary>Change a tenant's module settings.</summary>
    public const string SettingsWrite = "tenant.settings.write";

    /// <summary>List, issue and revoke a tenant's API keys.</summary>
    public const string KeysManage = "tenant.keys.manage";

    /// <summary>Manage a tenant's principals and their roles.</summary>
    public const string PrincipalsManage = "tenant.principals.manage";

    /// <summary>Manage a tenant's own roles.</summary>
    public const string RolesManage = "tenant.roles.manage";

    /// <summary>Call custom messages over HTTP (<c>POST /api/messages/{name}</c>); each message still needs its own permission.</summary>
    public const string MessagesCall = "platform.messages.call";

    /// <summary>Read the tenant's pipeline traces.</summary>
    public const string TracesRead = "platform.traces.read";

    /// <summary>Read the tenant's system jobs.</summary>
    public const string JobsRead = "platform.jobs.read";

    /// <summary>Cancel and retry system jobs.</summary>
    public const string JobsManage = "platform.jobs.manage";

    /// <summary>Permissions only platform principals can hold: no tenant role (not even tenant-admin or a tenant's own role) grants them.</summary>
    public static readonly IReadOnlySet<string> PlatformOnly = new HashSet<string>(StringComparer.Ordinal) { TenantsManage };

    private static readonly string[] EveryTenantRole = [Roles.SalesManager, Roles.SalesUser];
    private static readonly string[] Managers = [Roles.SalesManager];

    /// <summary>The declarations (tenant-admin holds all of them in its tenant; platform-admin holds those it is granted, on every tenant).</summary>
    public static readonly IReadOnlyList<ModulePermission> All =
    [
        new(TenantsManage, "Create, suspend, resume and delete tenants.") { Grants = [Roles.PlatformAdmin] },
        new(PlatformRead, "Read installed modules, the API description and the tenant's state.") { Grants = [Roles.PlatformAdmin, .. EveryTenantRole] },
        new(ModulesManage, "Enable, disable and uninstall a tenant's modules.") { Grants = [Roles.PlatformAdmin] },
        new(SettingsRead, "Read a tenant's module settings.") { Grants = [Roles.PlatformAdmin, .. EveryTenantRole] },
        new(SettingsWrite, "Change a tenant's module settings.") { Grants = [Roles.PlatformAdmin] },
        new(KeysManage, "List, issue and revoke a tenant's API keys.") { Grants = [Roles.PlatformAdmin] },
        new(PrincipalsManage, "Create people and service accounts, assign their roles, issue their keys."),
        new(RolesManage, "Define the tenant's own roles."),
        new(MessagesCall, "Call custom messages over HTTP; each message still needs its own permission.") { Grants = EveryTenantRole },
        new(TracesRead, "Read the tenant's pipeline traces.") { Grants = Managers },
        new(JobsRead, "Read the tenant's system jobs.") { Grants = EveryTenantRole },
        new(JobsManage, "Cancel and retry the tenant's system jobs."),
    ];
}
