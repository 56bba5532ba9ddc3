using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Host.Data;
using Platform.Host.Tests.Migrations;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.CoreApi;

/// <summary>
/// A tenant whose Core schema predates the order references (ADR 0013) is upgraded at start with all its
/// orders and lines kept. On SQLite adding a foreign key rebuilds the tables, and dropping the old orders
/// table with foreign keys on would cascade into the order lines: the migrator must suspend them.
/// </summary>
public abstract class CoreUpgradeTests(TestProvider provider)
{
    private const string InitialCore = "20261123160642_InitialCore";

    /// <summary>A table of the core schema, quoted for the provider.</summary>
    protected abstract string Table(string name);

    [Fact]
    public async Task A_demo_tenant_from_before_the_order_references_is_upgraded_keeping_every_order_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("platform-core-upgrade-").FullName;
        var databasePrefix = TestProvider.NewDatabasePrefix();
        var seed = new Dictionary<string, string?> { ["Platform:DemoTenant:Seed"] = "true" };
        var database = DatabaseProviders.Create(provider.Name, provider.IsServer ? provider.ServerConnectionString : null, databasePrefix, Path.Combine(folder, "data"));
        try
        {
            await (await TestPlatform.StartAsync(moduleRoot: RepoPaths.ModuleRoot, settings: seed, folder: folder, provider: provider, databasePrefix: databasePrefix)).StopAsync();
            var lines = await ScalarAsync(database, $"SELECT COUNT(*) FROM {Table("order_lines")}");
            var orders = await ScalarAsync(database, $"SELECT COUNT(*) FROM {Table("orders")}");
            await DowngradeCoreAsync(database);
            Assert.Equal(1, await ScalarAsync(database, $"SELECT COUNT(*) FROM {Table("__EFMigrationsHistory")}"));

            await using var platform = await TestPlatform.StartAsync(moduleRoot: RepoPaths.ModuleRoot, settings: seed, folder: folder, provider: provider, databasePrefix: databasePrefix);

            Assert.Equal(6, await ScalarAsync(database, $"SELECT COUNT(*) FROM {Table("__EFMigrationsHistory")}")); // through AddOpportunityVersions
            Assert.True(lines > 1000, $"only {lines} demo order lines");
            Assert.Equal(lines, await ScalarAsync(database, $"SELECT COUNT(*) FROM {Table("order_lines")}"));
            Assert.Equal(orders, await ScalarAsync(database, $"SELECT COUNT(*) FROM {Table("orders")}"));
            var orphan = $"UPDATE {Table("orders")} SET {Quote("CustomerId")} = {NewId()} WHERE {Quote("Id")} IN (SELECT {Quote("OrderId")} FROM {Table("order_lines")})";
            await Assert.ThrowsAnyAsync<DbException>(() => ScalarAsync(database, orphan));
        }
        finally
        {
            if (provider.IsServer)
            {
                await provider.DropDatabasesAsync(databasePrefix);
            }
        }
    }

    /// <summary>An identifier quoted for the provider.</summary>
    protected abstract string Quote(string identifier);

    /// <summary>A new id as a literal of the provider's id column type.</summary>
    protected abstract string NewId();

    /// <summary>Rolls the tenant's Core schema back to its first migration with EF Core's own migrator.</summary>
    private async Task DowngradeCoreAsync(IDatabaseProvider database)
    {
        await using var connection = database.CreateConnection(DatabaseNames.Tenant("demo"));
        await connection.OpenAsync();
        if (database.ForeignKeysDuringMigration is { } foreignKeys)
        {
            // The platform's SQLite migrations leave switching foreign keys off to their runner: so does this one.
            await using var suspend = connection.CreateCommand();
            suspend.CommandText = foreignKeys.Suspend;
            await suspend.ExecuteNonQueryAsync();
        }
        await using var context = ModuleContextsFixture.For(provider.Name).Contexts.Single(c => c.Schema == "core").Create();
        context.Database.SetDbConnection(connection);
        await context.GetService<IMigrator>().MigrateAsync(InitialCore);
    }

    private static async Task<long> ScalarAsync(IDatabaseProvider database, string sql)
    {
        await using var connection = database.CreateConnection(DatabaseNames.Tenant("demo"));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, CultureInfo.InvariantCulture);
    }
}

/// <summary>The embedded default, where adding a foreign key rebuilds the tables.</summary>
public sealed class SqliteCoreUpgradeTests() : CoreUpgradeTests(TestProvider.Sqlite)
{
    protected override string Table(string name) => $"\"core_{name}\"";

    protected override string Quote(string identifier) => $"\"{identifier}\"";

    protected override string NewId() => $"'{Guid.NewGuid().ToString().ToUpperInvariant()}'";
}

/// <summary>PostgreSQL, which adds the constraints in place.</summary>
public sealed class PostgreSqlCoreUpgradeTests() : CoreUpgradeTests(TestProvider.PostgreSql)
{
    protected override string Table(string name) => $"core.\"{name}\"";

    protected override string Quote(string identifier) => $"\"{identifier}\"";

    protected override string NewId() => $"'{Guid.NewGuid()}'::uuid";
}

/// <summary>SQL Server, when a server is configured.</summary>
[OnlyWithEnvironment(TestProvider.SqlServerVariable)]
public sealed class SqlServerCoreUpgradeTests() : CoreUpgradeTests(TestProvider.SqlServer)
{
    protected override string Table(string name) => $"[core].[{name}]";

    protected override string Quote(string identifier) => $"[{identifier}]";

    protected override string NewId() => $"'{Guid.NewGuid()}'";
}
