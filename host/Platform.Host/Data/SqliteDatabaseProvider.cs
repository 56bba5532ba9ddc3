using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Data;

namespace Platform.Host.Data;

/// <summary>The embedded default: one SQLite file per tenant under the data folder; schemas become table prefixes.</summary>
public sealed class SqliteDatabaseProvider(string dataFolder) : IDatabaseProvider
{
    /// <inheritdoc />
    public string Name => "Sqlite";

    /// <summary>The file that holds the tenant's database.</summary>
    public string DatabasePath(string tenantId) => Path.Combine(dataFolder, $"tenant-{tenantId}.db");

    /// <inheritdoc />
    public DbConnection CreateConnection(string tenantId) => new SqliteConnection(_connectionStrings.GetOrAdd(tenantId, BuildConnectionString));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _connectionStrings = new(StringComparer.Ordinal);

    private string BuildConnectionString(string tenantId) => new SqliteConnectionStringBuilder
    {
        DataSource = DatabasePath(tenantId),
        ForeignKeys = true,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    /// <inheritdoc />
    public void Configure(DbContextOptionsBuilder options, Assembly migrationsAssembly, string schema) =>
        options.UseSqlite(o => o.MigrationsAssembly(migrationsAssembly).MigrationsHistoryTable(ModuleDbContext.SqliteHistoryTableName(schema)));

    /// <inheritdoc />
    public void EnsureDatabase(string tenantId)
    {
        Directory.CreateDirectory(dataFolder);
        using var connection = CreateConnection(tenantId);
        connection.Open();
        using var command = connection.CreateCommand();
        // WAL lets readers work while one writer commits; it is a property of the file, set once.
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public string AppliedMigrationsSql(string schema) => $"SELECT \"MigrationId\" FROM \"{ModuleDbContext.SqliteHistoryTableName(schema)}\"";

    /// <inheritdoc />
    public string CreateSeedLedgerSql => "CREATE TABLE IF NOT EXISTS platform_demo_seeds (module_id TEXT PRIMARY KEY, seeded_at TEXT NOT NULL);";
}
