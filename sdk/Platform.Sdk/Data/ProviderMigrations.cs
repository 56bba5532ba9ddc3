using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Platform.Sdk.Data;

/// <summary>
/// A module keeps one set of migrations per database provider, in the folders (and namespaces)
/// <c>Migrations/Sqlite</c>, <c>Migrations/PostgreSql</c> and <c>Migrations/SqlServer</c>, each with its
/// own model snapshot. This class tells which set belongs to a provider (ADR 0007).
/// </summary>
public static class ProviderMigrations
{
    /// <summary>Folder (and namespace suffix) of the SQLite migrations.</summary>
    public const string Sqlite = "Sqlite";

    /// <summary>Folder (and namespace suffix) of the PostgreSQL migrations.</summary>
    public const string PostgreSql = "PostgreSql";

    /// <summary>Folder (and namespace suffix) of the SQL Server migrations.</summary>
    public const string SqlServer = "SqlServer";

    /// <summary>Every provider a module ships migrations for.</summary>
    public static IReadOnlyList<string> All { get; } = [Sqlite, PostgreSql, SqlServer];

    /// <summary>The migrations folder of an EF Core provider, from its provider name (<c>context.Database.ProviderName</c>).</summary>
    public static string FolderOf(string? efProviderName) => efProviderName switch
    {
        ModuleDbContext.SqliteProvider => Sqlite,
        "Npgsql.EntityFrameworkCore.PostgreSQL" => PostgreSql,
        "Microsoft.EntityFrameworkCore.SqlServer" => SqlServer,
        _ => throw new NotSupportedException($"No module migrations are kept for the EF Core provider '{efProviderName}'; use SQLite, PostgreSQL or SQL Server."),
    };

    /// <summary>True when the type is declared in the migrations namespace of the provider folder.</summary>
    public static bool BelongsTo(Type type, string folder)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Namespace is { } ns && ns.EndsWith(".Migrations." + folder, StringComparison.Ordinal);
    }

    /// <summary>The migrations of a context for one provider folder, by id (ordered).</summary>
    public static IReadOnlyDictionary<string, TypeInfo> Declared(Assembly assembly, Type contextType, string folder)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var migrations = new SortedDictionary<string, TypeInfo>(StringComparer.Ordinal);
        foreach (var type in ForContext(assembly, contextType, folder, typeof(Migration)))
        {
            if (type.GetCustomAttribute<MigrationAttribute>()?.Id is { } id)
            {
                migrations.Add(id, type);
            }
        }
        return migrations;
    }

    /// <summary>The model snapshot type of a context for one provider folder, or null when it has none yet.</summary>
    public static TypeInfo? SnapshotType(Assembly assembly, Type contextType, string folder)
    {
        var snapshots = ForContext(assembly, contextType, folder, typeof(ModelSnapshot)).ToList();
        return snapshots.Count <= 1 ? snapshots.SingleOrDefault()
            : throw new InvalidOperationException($"{assembly.GetName().Name} has {snapshots.Count} {folder} model snapshots for {contextType.Name}; keep one per provider folder.");
    }

    /// <summary>Lets EF Core see only the migrations and the snapshot of the context's provider.</summary>
    public static DbContextOptionsBuilder UseProviderMigrations(this DbContextOptionsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
    }

    private static IEnumerable<TypeInfo> ForContext(Assembly assembly, Type contextType, string folder, Type baseType) =>
        assembly.DefinedTypes.Where(t => !t.IsAbstract && t.IsSubclassOf(baseType) && BelongsTo(t, folder)
            && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType);
}
