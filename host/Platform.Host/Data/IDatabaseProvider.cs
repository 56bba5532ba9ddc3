using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Platform.Host.Data;

/// <summary>
/// What the host needs from a database engine: connections, context options, a little SQL.
/// Databases are named logically (<see cref="DatabaseNames"/>); the provider maps a logical name to a
/// file (SQLite) or a server database (PostgreSQL, SQL Server).
/// </summary>
public interface IDatabaseProvider
{
    /// <summary>The provider's configuration name (Sqlite, PostgreSql, SqlServer).</summary>
    string Name { get; }

    /// <summary>A new, closed connection to a logical database.</summary>
    DbConnection CreateConnection(string database);

    /// <summary>Configures a module context: provider, migrations assembly, history table in the module's schema.</summary>
    void Configure(DbContextOptionsBuilder options, Assembly migrationsAssembly, string schema);

    /// <summary>Creates the database if it does not exist.</summary>
    Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken);

    /// <summary>Deletes the database if it exists (a deleted tenant).</summary>
    Task DropDatabaseAsync(string database, CancellationToken cancellationToken);

    /// <summary>Removes a module's schema and everything in it, history table included (an uninstalled module).</summary>
    Task DropSchemaAsync(DbConnection connection, string schema, CancellationToken cancellationToken);

    /// <summary>SQL that reads the migration ids recorded in a module's history table.</summary>
    string AppliedMigrationsSql(string schema);

    /// <summary>
    /// SQL that locks a module's migrations-history table until the transaction ends, so two hosts never
    /// migrate the same schema at once; null when the engine serialises writers anyway (SQLite).
    /// </summary>
    string? LockMigrationsHistorySql(string schema);

    /// <summary>SQL that creates the host's demo-seed ledger table if it is missing.</summary>
    string CreateSeedLedgerSql { get; }

    /// <summary>
    /// How foreign keys are handled around a module's migrations; null when the engine needs nothing (its
    /// ALTER TABLE adds constraints in place).
    /// </summary>
    MigrationForeignKeys? ForeignKeysDuringMigration => null;
}

/// <summary>
/// SQLite rebuilds a table to add a foreign key (create a copy, drop the original, rename the copy); with
/// foreign keys on, dropping the original would cascade into the rows that point at it. So the migrator
/// suspends foreign keys before the migrations' transaction, checks every reference before committing, and
/// resumes them afterwards, as SQLite's documentation prescribes for schema changes.
/// </summary>
/// <param name="Suspend">Run on the connection outside any transaction before the migrations.</param>
/// <param name="Resume">Run on the connection after the transaction ends, whatever the outcome.</param>
/// <param name="Violations">Run inside the transaction before commit; any row it returns is a broken reference.</param>
public sealed record MigrationForeignKeys(string Suspend, string Resume, string Violations);

/// <summary>Logical database names.</summary>
public static class DatabaseNames
{
    /// <summary>The platform catalog: tenants, enablement, settings, keys, traces.</summary>
    public const string Catalog = "catalog";

    /// <summary>The database holding one tenant's module schemas.</summary>
    public static string Tenant(string tenantId) => $"tenant-{tenantId}";
}
