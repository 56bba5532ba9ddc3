using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Data;

namespace Platform.Host.Data;

/// <summary>
/// SQL Server: one database per logical database, named by <see cref="PhysicalDatabaseNames"/>; each
/// module's tables and history table live in its schema.
/// </summary>
public sealed class SqlServerDatabaseProvider : IDatabaseProvider
{
    /// <summary>The longest database name SQL Server accepts (sysname).</summary>
    public const int MaxNameLength = 128;

    private const string MaintenanceDatabase = "master";
    private readonly string? _serverConnectionString;
    private readonly string _prefix;
    private readonly ConcurrentDictionary<string, string> _connectionStrings = new(StringComparer.Ordinal);

    /// <summary>
    /// Creates the provider. The connection string names the server and credentials (any database in it is
    /// ignored); it may be null where nothing connects (design time, scripts).
    /// </summary>
    public SqlServerDatabaseProvider(string? serverConnectionString, string databasePrefix)
    {
        _serverConnectionString = serverConnectionString;
        _prefix = databasePrefix;
    }

    /// <inheritdoc />
    public string Name => ProviderMigrations.SqlServer;

    /// <summary>The server database that holds a logical database.</summary>
    public string PhysicalName(string database) => PhysicalDatabaseNames.For(_prefix, database, MaxNameLength);

    /// <inheritdoc />
    public DbConnection CreateConnection(string database) =>
        new SqlConnection(_connectionStrings.GetOrAdd(database, d => ConnectionString(PhysicalName(d))));

    /// <inheritdoc />
    public void Configure(DbContextOptionsBuilder options, Assembly migrationsAssembly, string schema) =>
        options.UseSqlServer(o => o.MigrationsAssembly(migrationsAssembly).MigrationsHistoryTable(ModuleDbContext.MigrationsHistoryTable, schema));

    /// <inheritdoc />
    public async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken)
    {
        var name = PhysicalName(database);
        await using var connection = new SqlConnection(ConnectionString(MaintenanceDatabase));
        await connection.OpenAsync(cancellationToken);
        // No parameters: CREATE and DROP DATABASE stay plain batches rather than sp_executesql calls. The
        // physical name holds only a-z, 0-9 and _ (PhysicalDatabaseNames).
        await using var create = new SqlCommand(CreateDatabaseSql(name), connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqlException e) when (e.Number == 1801)
        {
            // "Database already exists": another host instance created it a moment ago
        }
    }

    /// <inheritdoc />
    public async Task DropDatabaseAsync(string database, CancellationToken cancellationToken)
    {
        var name = PhysicalName(database);
        await using (var pooled = CreateConnection(database))
        {
            SqlConnection.ClearPool((SqlConnection)pooled);
        }
        await using var connection = new SqlConnection(ConnectionString(MaintenanceDatabase));
        await connection.OpenAsync(cancellationToken);
        // SINGLE_USER with ROLLBACK IMMEDIATE ends every other session, so DROP DATABASE does not wait on them.
        await using var drop = new SqlCommand(DropDatabaseSql(name), connection);
        await drop.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task DropSchemaAsync(DbConnection connection, string schema, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var drop = connection.CreateCommand();
        // SQL Server has no DROP SCHEMA ... CASCADE: drop the foreign keys touching the schema, then its
        // views, tables and sequences, then the schema itself.
        drop.CommandText = DropSchemaSql;
        var parameter = drop.CreateParameter();
        parameter.ParameterName = "@schema";
        parameter.Value = schema;
        drop.Parameters.Add(parameter);
        await drop.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Creates a database unless it exists (a plain batch: no parameters).</summary>
    internal static string CreateDatabaseSql(string physicalName) => $"IF DB_ID({Literal(physicalName)}) IS NULL CREATE DATABASE {Quote(physicalName)};";

    /// <summary>Drops a database, ending every other session first (a plain batch: no parameters).</summary>
    internal static string DropDatabaseSql(string physicalName) =>
        $"IF DB_ID({Literal(physicalName)}) IS NOT NULL BEGIN ALTER DATABASE {Quote(physicalName)} SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE {Quote(physicalName)}; END";

    /// <summary>Drops a schema (parameter <c>@schema</c>) with everything in it.</summary>
    internal const string DropSchemaSql = """
        DECLARE @sql nvarchar(max) = N'';
        SELECT @sql += N'ALTER TABLE ' + QUOTENAME(OBJECT_SCHEMA_NAME(fk.parent_object_id)) + N'.' + QUOTENAME(OBJECT_NAME(fk.parent_object_id))
            + N' DROP CONSTRAINT ' + QUOTENAME(fk.name) + N';'
          FROM sys.foreign_keys fk
         WHERE OBJECT_SCHEMA_NAME(fk.parent_object_id) = @schema OR OBJECT_SCHEMA_NAME(fk.referenced_object_id) = @schema;
        SELECT @sql += N'DROP VIEW ' + QUOTENAME(@schema) + N'.' + QUOTENAME(v.name) + N';' FROM sys.views v WHERE SCHEMA_NAME(v.schema_id) = @schema;
        SELECT @sql += N'DROP TABLE ' + QUOTENAME(@schema) + N'.' + QUOTENAME(t.name) + N';' FROM sys.tables t WHERE SCHEMA_NAME(t.schema_id) = @schema;
        SELECT @sql += N'DROP SEQUENCE ' + QUOTENAME(@schema) + N'.' + QUOTENAME(s.name) + N';' FROM sys.sequences s WHERE SCHEMA_NAME(s.schema_id) = @schema;
        IF SCHEMA_ID(@schema) IS NOT NULL SET @sql += N'DROP SCHEMA ' + QUOTENAME(@schema) + N';';
        EXEC sp_executesql @sql;
        """;

    /// <inheritdoc />
    public string AppliedMigrationsSql(string schema) => $"SELECT [MigrationId] FROM {Quote(schema)}.[{ModuleDbContext.MigrationsHistoryTable}]";

    /// <inheritdoc />
    public string? LockMigrationsHistorySql(string schema) => $"SELECT COUNT(*) FROM {Quote(schema)}.[{ModuleDbContext.MigrationsHistoryTable}] WITH (TABLOCKX, HOLDLOCK)";

    /// <inheritdoc />
    public string CreateSeedLedgerSql =>
        "IF OBJECT_ID(N'dbo.platform_demo_seeds', N'U') IS NULL CREATE TABLE dbo.platform_demo_seeds (module_id nvarchar(400) NOT NULL PRIMARY KEY, seeded_at nvarchar(40) NOT NULL);";

    private string ConnectionString(string physicalDatabase) => new SqlConnectionStringBuilder(
        _serverConnectionString ?? throw new InvalidOperationException("Platform:ConnectionString is required for the SqlServer provider."))
    {
        InitialCatalog = physicalDatabase,
    }.ToString();

    private static string Literal(string value) => "N'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Quote(string identifier) => "[" + identifier.Replace("]", "]]", StringComparison.Ordinal) + "]";
}
