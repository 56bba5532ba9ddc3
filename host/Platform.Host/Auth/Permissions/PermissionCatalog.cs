using Platform.Host.Modules;
using Platform.Sdk.Modules;

namespace Platform.Host.Auth.Permissions;

/// <summary>A declared permission: who declares it, what it guards, which built-in roles hold it by default.</summary>
public sealed record PermissionDefinition(string Name, string Description, string Source, IReadOnlyList<string> Grants, IReadOnlyList<string> Covers);

/// <summary>
/// Every permission the host and the running modules declare, which operation each one guards, and the
/// default grants of the built-in roles. Built on demand from the module catalog, since a module's state
/// (running or faulted) decides whether its permissions exist.
/// </summary>
public sealed class PermissionCatalog(ModuleCatalog modules)
{
    private Cached? _current;

    /// <summary>Every declared permission, host ones first.</summary>
    public IReadOnlyList<PermissionDefinition> Declared => Current.Definitions;

    /// <summary>True when the name is a declared permission.</summary>
    public bool IsDeclared(string permission) => Current.ByName.ContainsKey(permission);

    /// <summary>
    /// The permission an operation (an endpoint's declared permission, <c>&lt;entity&gt;.&lt;operation&gt;</c> or a
    /// message name) requires: the declared permission covering it, else the name itself.
    /// </summary>
    public string RequiredFor(string operation) => Current.CoveredBy.TryGetValue(operation, out var permission) ? permission : operation;

    /// <summary>The permissions a built-in role holds by default (tenant-admin: see <see cref="GrantedPermissions.All"/>).</summary>
    public IReadOnlySet<string> DefaultGrantsOf(string role) =>
        Current.Grants.TryGetValue(role, out var grants) ? grants : new HashSet<string>();

    private Snapshot Current
    {
        get
        {
            var running = modules.Modules.Where(m => m.IsRunning).ToList();
            var current = _current;
            if (current is not null && current.Running.SequenceEqual(running))
            {
                return current.Snapshot;
            }
            var snapshot = Build(running);
            _current = new Cached(running, snapshot);
            return snapshot;
        }
    }

    private static Snapshot Build(IReadOnlyList<ModuleDescriptor> running)
    {
        var definitions = HostPermissions.All.Select(p => Define(p, "platform"))
            .Concat(running.SelectMany(m => m.Manifest.Permissions.Select(p => Define(p, m.Id))))
            .ToList();
        var byName = new Dictionary<string, PermissionDefinition>(StringComparer.Ordinal);
        var coveredBy = new Dictionary<string, string>(StringComparer.Ordinal);
        var grants = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            byName.TryAdd(definition.Name, definition);
            foreach (var operation in definition.Covers)
            {
                coveredBy.TryAdd(operation, definition.Name);
            }
            foreach (var role in definition.Grants)
            {
                (grants.TryGetValue(role, out var set) ? set : grants[role] = new HashSet<string>(StringComparer.Ordinal)).Add(definition.Name);
            }
        }
        return new Snapshot(definitions, byName, coveredBy, grants.ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Value));
    }

    private static PermissionDefinition Define(ModulePermission permission, string source) =>
        new(permission.Name, permission.Description, source, permission.Grants, permission.Covers);

    private sealed record Cached(IReadOnlyList<ModuleDescriptor> Running, Snapshot Snapshot);

    private sealed record Snapshot(
        IReadOnlyList<PermissionDefinition> Definitions, IReadOnlyDictionary<string, PermissionDefinition> ByName,
        IReadOnlyDictionary<string, string> CoveredBy, IReadOnlyDictionary<string, IReadOnlySet<string>> Grants);
}
