using Platform.Host.Catalog;

namespace Platform.Host.Tenants;

/// <summary>A tenant as requests see it: status, module states and settings, read from the catalog and cached.</summary>
public sealed record TenantState(
    string Id, string Name, TenantStatus Status, DateTimeOffset CreatedAt,
    IReadOnlyDictionary<string, TenantModuleState> Modules, IReadOnlyDictionary<string, string> SettingsJson)
{
    /// <summary>Ids of the modules whose steps and endpoints are active for the tenant.</summary>
    public IReadOnlySet<string> EnabledModules { get; } =
        Modules.Where(m => m.Value.Status == TenantModuleStatus.Enabled).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when the module is enabled and its schema is current for the tenant.</summary>
    public bool IsEnabled(string moduleId) => EnabledModules.Contains(moduleId);
}

/// <summary>A module's state in a tenant.</summary>
public sealed record TenantModuleState(TenantModuleStatus Status, string SchemaVersion, string? Error);
