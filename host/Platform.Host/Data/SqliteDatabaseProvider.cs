using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Sdk.Data;

namespace Platform.Host.Data;

/// <summary>The embedded default: one SQLite file per tenant under the data folder; schemas become table prefixes.</summary>
public sealed class SqliteDatabaseProvider(string dataFolder) : IDatabaseProvider
{
    /// <inheritdoc />
    public string Name => "Sqlite";

    /// <summary>The file that holds a logical database.</summary>
    public string DatabasePath(string database) => Path.Combine(dataFolder, $"{database}.db");

    /// <inheritdoc />
    public DbConnection CreateConnection(string database) => new SqliteConnection(_connectionStrings.GetOrAdd(database, BuildConnectionString));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _connectionStrings = new(StringComparer.Ordinal);

    private string BuildConnectionString(string database) => new SqliteConnectionStringBuilder
    {
        DataSource = DatabasePath(database),
        ForeignKeys = true,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    /// <inheritdoc />
    public void Configure(DbContextOptionsBuilder options, Assembly migrationsAssembly, string schema) =>
        options.UseSqlite(o => o.MigrationsAssembly(migrationsAssembly).MigrationsHistoryTable(ModuleDbContext.SqliteHistoryTableName(schema)))
            .ReplaceService<IMigrationsSqlGenerator, SqliteInTransactionMigrationsSqlGenerator>();

    /// <inheritdoc />
    public async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken)
    {
        CreateOwnerOnly(database);
        await using var connection = CreateConnection(database);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // WAL lets readers work while one writer commits; it is a property of the file, set once.
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>File mode of the data folder on Unix: only the host's user may enter it.</summary>
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>File mode of a database file on Unix (SQLite gives its -wal and -shm files the same).</summary>
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Creates the data folder and an empty database file readable and writable by the host's user only
    /// (0700 and 0600 on Unix), before SQLite opens it: SQLite itself would create it 0644.
    /// </summary>
    private void CreateOwnerOnly(string database)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(dataFolder);
            return;
        }
        Directory.CreateDirectory(dataFolder, FolderMode);
        var path = DatabasePath(database);
        if (!File.Exists(path))
        {
            using var _ = new FileStream(path, new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FileMode });
        }
        File.SetUnixFileMode(path, FileMode);
    }

    /// <inheritdoc />
    public Task DropDatabaseAsync(string database, CancellationToken cancellationToken)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath(database) + suffix);
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task DropSchemaAsync(DbConnection connection, string schema, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, length($prefix)) = $prefix";
            var prefix = list.CreateParameter();
            prefix.ParameterName = "$prefix";
            prefix.Value = ModuleDbContext.SqliteTableName(schema, "");
            list.Parameters.Add(prefix);
            await using var reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }
        await using var drop = connection.CreateCommand();
        // Foreign keys only point inside the module's own tables, so switching them off for the drop is safe.
        drop.CommandText = "PRAGMA foreign_keys = OFF;" + string.Concat(tables.Select(t => $"DROP TABLE IF EXISTS \"{t}\";")) + "PRAGMA foreign_keys = ON;";
        await drop.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public string AppliedMigrationsSql(string schema) => $"SELECT \"MigrationId\" FROM \"{ModuleDbContext.SqliteHistoryTableName(schema)}\"";

    /// <inheritdoc />
    public string? LockMigrationsHistorySql(string schema) => null;

    /// <inheritdoc />
    public MigrationForeignKeys? ForeignKeysDuringMigration { get; } =
        new("PRAGMA foreign_keys = OFF;", "PRAGMA foreign_keys = ON;", "PRAGMA foreign_key_check;");

    /// <inheritdoc />
    public string CreateSeedLedgerSql => "CREATE TABLE IF NOT EXISTS platform_demo_seeds (module_id TEXT PRIMARY KEY, seeded_at TEXT NOT NULL);";
}
