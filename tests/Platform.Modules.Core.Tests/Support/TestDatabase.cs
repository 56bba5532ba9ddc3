using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Modules.Core;
using Platform.Modules.Core.Data;
using Platform.Modules.Core.Settings;
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Tests.Support;

/// <summary>A migrated SQLite in-memory database holding the Core schema; the connection stays open until disposal.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly DbContextOptions<CoreDbContext> _options;

    private TestDatabase(SqliteConnection connection)
    {
        _connection = connection;
        var builder = new DbContextOptionsBuilder<CoreDbContext>()
            .UseSqlite(connection, o => o.MigrationsHistoryTable(ModuleDbContext.SqliteHistoryTableName(CoreModule.Schema)));
        builder.UseModuleSchema(CoreModule.Schema);
        builder.UseProviderMigrations(); // the SQLite set only; the assembly also holds PostgreSQL and SQL Server migrations
        _options = builder.Options;
    }

    /// <summary>The settings stores and steps see; tests may change them before creating a store.</summary>
    public CoreSettings Settings { get; } = new();

    /// <summary>The settings as the host hands them to the module.</summary>
    public IOptionsSnapshot<CoreSettings> Options => Platform.Sdk.Testing.TestSettings.Snapshot(Settings);

    /// <summary>Opens a new in-memory database and applies the Core migrations.</summary>
    public static async Task<TestDatabase> CreateAsync()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var database = new TestDatabase(connection);
        await using var context = database.NewContext();
        await context.Database.MigrateAsync();
        return database;
    }

    /// <summary>A fresh context on the shared connection (like a new operation scope).</summary>
    public CoreDbContext NewContext() => new(_options);

    /// <summary>Runs a scalar SQL query on the raw connection.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// <summary>Runs a SQL query returning one text column.</summary>
    public async Task<List<string>> ColumnAsync(string sql)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
