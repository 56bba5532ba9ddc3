using Microsoft.Data.SqlClient;
using Npgsql;
using Platform.Sdk.Data;

namespace Platform.Host.Tests.Support;

/// <summary>
/// A database provider the integration tests run on, and how its server is reached: SQLite needs none;
/// PostgreSQL's connection string comes from <c>PLATFORM_TEST_POSTGRES</c> (tools/test.sh starts a throwaway
/// server and sets it), SQL Server's from <c>PLATFORM_TEST_SQLSERVER</c> (its tests exist only when it is set).
/// </summary>
public sealed class TestProvider
{
    /// <summary>Connection string of the PostgreSQL server the tests use.</summary>
    public const string PostgreSqlVariable = "PLATFORM_TEST_POSTGRES";

    /// <summary>Connection string of the SQL Server the tests use, when there is one.</summary>
    public const string SqlServerVariable = "PLATFORM_TEST_SQLSERVER";

    private readonly string? _variable;

    private TestProvider(string name, string? variable)
    {
        Name = name;
        _variable = variable;
    }

    /// <summary>SQLite files in the platform's temporary folder.</summary>
    public static TestProvider Sqlite { get; } = new(ProviderMigrations.Sqlite, null);

    /// <summary>The PostgreSQL server named by <see cref="PostgreSqlVariable"/>.</summary>
    public static TestProvider PostgreSql { get; } = new(ProviderMigrations.PostgreSql, PostgreSqlVariable);

    /// <summary>The SQL Server named by <see cref="SqlServerVariable"/>.</summary>
    public static TestProvider SqlServer { get; } = new(ProviderMigrations.SqlServer, SqlServerVariable);

    /// <summary>The provider's configuration name.</summary>
    public string Name { get; }

    /// <summary>True for PostgreSQL and SQL Server.</summary>
    public bool IsServer => _variable is not null;

    /// <summary>The server's connection string; a test that needs a server it cannot reach fails here.</summary>
    public string ServerConnectionString =>
        Environment.GetEnvironmentVariable(_variable ?? throw new InvalidOperationException("SQLite has no server.")) is { Length: > 0 } value ? value
            : throw new InvalidOperationException(_variable == PostgreSqlVariable
                ? $"{PostgreSqlVariable} is not set. Run the tests with `bash tools/test.sh`, which starts a throwaway PostgreSQL 15 (tools/postgres.sh), or set it to a server connection string."
                : $"{_variable} is not set.");

    /// <summary>A database-name prefix no other platform of this run uses.</summary>
    public static string NewDatabasePrefix() => $"t{Guid.NewGuid():N}"[..13] + "_";

    /// <summary>The host settings that select this provider with the given database-name prefix.</summary>
    public IReadOnlyDictionary<string, string?> Settings(string databasePrefix) => IsServer
        ? new Dictionary<string, string?>
        {
            ["Platform:Provider"] = Name,
            ["Platform:ConnectionString"] = ServerConnectionString,
            ["Platform:DatabasePrefix"] = databasePrefix,
        }
        : new Dictionary<string, string?> { ["Platform:Provider"] = Name };

    /// <summary>Drops every server database whose name starts with the prefix (a finished platform's databases).</summary>
    public async Task DropDatabasesAsync(string databasePrefix)
    {
        if (Name == ProviderMigrations.PostgreSql)
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Pooling = false }.ToString());
            await connection.OpenAsync();
            foreach (var name in await NamesAsync(connection, "SELECT datname FROM pg_database WHERE starts_with(datname, @prefix)", databasePrefix))
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }
        }
        else if (Name == ProviderMigrations.SqlServer)
        {
            SqlConnection.ClearAllPools();
            await using var connection = new SqlConnection(new SqlConnectionStringBuilder(ServerConnectionString) { InitialCatalog = "master", Pooling = false }.ToString());
            await connection.OpenAsync();
            foreach (var name in await NamesAsync(connection, "SELECT name FROM sys.databases WHERE LEFT(name, LEN(@prefix)) = @prefix", databasePrefix))
            {
                await using var drop = new SqlCommand($"ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}];", connection);
                await drop.ExecuteNonQueryAsync();
            }
        }
    }

    private static async Task<List<string>> NamesAsync(System.Data.Common.DbConnection connection, string sql, string prefix)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@prefix";
        parameter.Value = prefix;
        command.Parameters.Add(parameter);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }
        return names;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
