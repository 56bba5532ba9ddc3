using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Data;
using Platform.Sdk.Data;
using Respawn;
using Respawn.Graph;

namespace Platform.Host.Tests.Support;

/// <summary>
/// Empties the demo tenant's module tables between tests that share one platform (Respawn), keeping each
/// module's migrations history, SQLite's migrations lock and the demo-seed ledger.
/// </summary>
public sealed class TenantReset : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly Respawner _respawner;

    private TenantReset(DbConnection connection, Respawner respawner)
    {
        _connection = connection;
        _respawner = respawner;
    }

    /// <summary>Reads the tenant database's tables once; call after the platform started (and migrated).</summary>
    public static async Task<TenantReset> CreateAsync(TestPlatform platform, string tenantId = "demo")
    {
        var schemas = platform.Catalog.Modules.Where(m => m.IsRunning).Select(m => m.Manifest.Schema).OfType<string>().ToArray();
        var connection = platform.Services.GetRequiredService<IDatabaseProvider>().CreateConnection(DatabaseNames.Tenant(tenantId));
        await connection.OpenAsync();
        var respawner = await Respawner.CreateAsync(connection, Options(platform.Provider, schemas));
        return new TenantReset(connection, respawner);
    }

    /// <summary>Deletes every row the tests wrote.</summary>
    public Task ResetAsync() => _respawner.ResetAsync(_connection);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static RespawnerOptions Options(TestProvider provider, string[] schemas)
    {
        if (!provider.IsServer)
        {
            return new RespawnerOptions
            {
                DbAdapter = DbAdapter.Sqlite,
                TablesToIgnore = [.. schemas.Select(s => new Table(ModuleDbContext.SqliteHistoryTableName(s))), new Table("__EFMigrationsLock"), new Table("platform_demo_seeds")],
            };
        }
        return new RespawnerOptions
        {
            DbAdapter = provider == TestProvider.PostgreSql ? DbAdapter.Postgres : DbAdapter.SqlServer,
            SchemasToInclude = schemas,
            TablesToIgnore = [.. schemas.Select(s => new Table(s, ModuleDbContext.MigrationsHistoryTable))],
        };
    }
}
