using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Platform.Sdk.Data;

/// <summary>
/// EF Core's view of a module's migrations assembly, narrowed to the migrations and the model snapshot
/// of the context's provider (<see cref="ProviderMigrations"/>). EF Core's own implementation would
/// see the SQLite, PostgreSQL and SQL Server sets at once. Registered by
/// <see cref="ProviderMigrations.UseProviderMigrations"/>.
/// </summary>
internal sealed class ProviderMigrationsAssembly : IMigrationsAssembly
{
    private readonly IMigrationsIdGenerator _ids;
    private readonly Type _contextType;
    private readonly string _folder;
    private readonly Lazy<IReadOnlyDictionary<string, TypeInfo>> _migrations;
    private readonly Lazy<ModelSnapshot?> _snapshot;

    /// <summary>Created by EF Core for each context instance.</summary>
    public ProviderMigrationsAssembly(ICurrentDbContext currentContext, IDbContextOptions options, IDatabaseProvider provider, IMigrationsIdGenerator ids)
    {
        ArgumentNullException.ThrowIfNull(currentContext);
        ArgumentNullException.ThrowIfNull(provider);
        _ids = ids;
        _contextType = currentContext.Context.GetType();
        _folder = ProviderMigrations.FolderOf(provider.Name);
        Assembly = FindAssembly(options, _contextType);
        _migrations = new(() => ProviderMigrations.Declared(Assembly, _contextType, _folder));
        _snapshot = new(() => ProviderMigrations.SnapshotType(Assembly, _contextType, _folder) is { } type
            ? (ModelSnapshot)Activator.CreateInstance(type.AsType())!
            : null);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations.Value;

    /// <inheritdoc />
    public ModelSnapshot? ModelSnapshot => _snapshot.Value;

    /// <inheritdoc />
    public Assembly Assembly { get; }

    /// <inheritdoc />
    public string? FindMigrationId(string nameOrId) =>
        Migrations.Keys.FirstOrDefault(_ids.IsValidId(nameOrId)
            ? id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
            : id => string.Equals(_ids.GetName(id), nameOrId, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        ArgumentNullException.ThrowIfNull(migrationClass);
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private static Assembly FindAssembly(IDbContextOptions options, Type contextType)
    {
        var relational = RelationalOptionsExtension.Extract(options);
        if (relational.MigrationsAssemblyObject is { } assembly)
        {
            return assembly; // the host passes the module's own assembly, loaded in the module's load context
        }
        return relational.MigrationsAssembly is { } name && name != contextType.Assembly.GetName().Name
            ? Assembly.Load(new AssemblyName(name))
            : contextType.Assembly;
    }
}
