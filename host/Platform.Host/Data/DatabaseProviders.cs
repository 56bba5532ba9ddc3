using Platform.Sdk.Data;

namespace Platform.Host.Data;

/// <summary>Creates the database provider named by <c>Platform:Provider</c>.</summary>
public static class DatabaseProviders
{
    /// <summary>The provider the host runs on; server providers need <c>Platform:ConnectionString</c>.</summary>
    public static IDatabaseProvider Create(PlatformOptions options, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(options);
        var name = Normalise(options.Provider);
        if (name != ProviderMigrations.Sqlite && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new InvalidOperationException(
                $"Platform:Provider is {name}: set Platform:ConnectionString to the server's connection string (credentials, no database needed).");
        }
        return Create(name, options.ConnectionString, options.DatabasePrefix, dataFolder);
    }

    /// <summary>
    /// A provider by name. <paramref name="serverConnectionString"/> may be null where nothing connects
    /// (design-time tools, migration scripts).
    /// </summary>
    public static IDatabaseProvider Create(string provider, string? serverConnectionString, string databasePrefix, string dataFolder) =>
        Normalise(provider) switch
        {
            ProviderMigrations.Sqlite => new SqliteDatabaseProvider(dataFolder),
            ProviderMigrations.PostgreSql => new PostgreSqlDatabaseProvider(serverConnectionString, databasePrefix),
            _ => new SqlServerDatabaseProvider(serverConnectionString, databasePrefix),
        };

    /// <summary>The canonical provider name (Sqlite, PostgreSql, SqlServer) for a configured one, in any case.</summary>
    public static string Normalise(string? provider) =>
        ProviderMigrations.All.FirstOrDefault(p => p.Equals(provider, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"Platform:Provider '{provider}' is not supported; use Sqlite, PostgreSql or SqlServer.");
}
