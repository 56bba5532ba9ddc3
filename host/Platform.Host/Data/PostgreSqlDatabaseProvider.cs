using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Sdk.Data;

namespace Platform.Host.Data;

/// <summary>
/// PostgreSQL (Npgsql): one server database per logical database, named by <see cref="PhysicalDatabaseNames"/>;
/// each module's tables and history table live in its schema.
/// </summary>
public sealed class PostgreSqlDatabaseProvider : IDatabaseProvider
{
    /// <summary>The longest database name PostgreSQL keeps (NAMEDATALEN - 1).</summary>
    public const int MaxNameLength = 63;

    private const string MaintenanceDatabase = "postgres";
    private readonly string? _serverConnectionString;
    private readonly string _prefix;
    private readonly ConcurrentDictionary<string, string> _connectionStrings = new(StringComparer.Ordinal);

    /// <summary>
    /// Creates the provider. The connection string names the server and credentials (any database in it is
    /// ignored); it may be null where nothing connects (design time, scripts).
    /// </summary>
    public PostgreSqlDatabaseProvider(string? serverConnectionString, string databasePrefix)
    {
        _serverConnectionString = serverConnectionString;
        _prefix = databasePrefix;
    }

    /// <inheritdoc />
    public string Name => ProviderMigrations.PostgreSql;

    /// <summary>The server database that holds a logical database.</summary>
    public string PhysicalName(string database) => PhysicalDatabaseNames.For(_prefix, database, MaxNameLength);

    /// <inheritdoc />
    public DbConnection CreateConnection(string database) =>
        new NpgsqlConnection(_connectionStrings.GetOrAdd(database, d => ConnectionString(PhysicalName(d))));

    /// <inheritdoc />
    public void Configure(DbContextOptionsBuilder options, Assembly migrationsAssembly, string schema) =>
        options.UseNpgsql(o => o.MigrationsAssembly(migrationsAssembly).MigrationsHistoryTable(ModuleDbContext.MigrationsHistoryTable, schema));

    /// <inheritdoc />
    public async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken)
    {
        var name = PhysicalName(database);
        await using var connection = new NpgsqlConnection(ConnectionString(MaintenanceDatabase));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }
        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {Quote(name)}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // another host instance created it a moment ago
        }
    }

    /// <inheritdoc />
    public async Task DropDatabaseAsync(string database, CancellationToken cancellationToken)
    {
        await using (var pooled = CreateConnection(database))
        {
            NpgsqlConnection.ClearPool((NpgsqlConnection)pooled);
        }
        await using var connection = new NpgsqlConnection(ConnectionString(MaintenanceDatabase));
        await connection.OpenAsync(cancellationToken);
        // FORCE (PostgreSQL 13+) ends the sessions still connected to it, ours included.
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Quote(PhysicalName(database))} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task DropSchemaAsync(DbConnection connection, string schema, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP SCHEMA IF EXISTS {Quote(schema)} CASCADE";
        await drop.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public string AppliedMigrationsSql(string schema) => $"SELECT \"MigrationId\" FROM {Quote(schema)}.\"{ModuleDbContext.MigrationsHistoryTable}\"";

    /// <inheritdoc />
    public string? LockMigrationsHistorySql(string schema) => $"LOCK TABLE {Quote(schema)}.\"{ModuleDbContext.MigrationsHistoryTable}\" IN ACCESS EXCLUSIVE MODE";

    /// <inheritdoc />
    public string CreateSeedLedgerSql => "CREATE TABLE IF NOT EXISTS platform_demo_seeds (module_id text PRIMARY KEY, seeded_at text NOT NULL);";

    private string ConnectionString(string physicalDatabase) => new NpgsqlConnectionStringBuilder(
        _serverConnectionString ?? throw new InvalidOperationException("Platform:ConnectionString is required for the PostgreSql provider."))
    {
        Database = physicalDatabase,
    }.ToString();

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
