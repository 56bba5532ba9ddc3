using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Host.Data;
using Platform.Host.Modules;

namespace Platform.Host.Tenants;

/// <summary>
/// Brings a module's schema in one tenant's database up to the installed version. All pending
/// migrations of all the module's contexts run in one transaction: a failure leaves the tenant on its
/// old schema with nothing half-applied. The history table is created and locked first inside that
/// transaction, so hosts starting together never migrate the same schema twice.
/// </summary>
public sealed class TenantModuleMigrator(ModuleCatalog catalog, IDatabaseProvider database, IServiceScopeFactory scopes, ILogger<TenantModuleMigrator> logger)
{
    /// <summary>Migrates; throws when a migration fails (after rolling everything back).</summary>
    public async Task MigrateAsync(ModuleDescriptor module, string tenantId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateTenantScope(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<OperationDatabase>();
        var withMigrations = ContextsWithMigrations(module);
        var pending = await PendingContextsAsync(module, withMigrations, db, cancellationToken);
        if (pending.Count == 0)
        {
            return;
        }
        var schema = module.Manifest.Schema!;
        var foreignKeys = database.ForeignKeysDuringMigration;
        if (foreignKeys is not null)
        {
            await ExecuteAsync(db, foreignKeys.Suspend, cancellationToken);
        }
        await db.BeginAsync(cancellationToken);
        try
        {
            var first = (DbContext)scope.ServiceProvider.GetRequiredService(pending[0]);
            // Without the table, EF Core probes for it with a query that fails, which aborts a PostgreSQL transaction.
            await first.Database.ExecuteSqlRawAsync(first.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
            if (database.LockMigrationsHistorySql(schema) is { } lockSql)
            {
                await first.Database.ExecuteSqlRawAsync(lockSql, cancellationToken);
            }
            // Re-read under the lock: another host may have migrated meanwhile.
            foreach (var contextType in await PendingContextsAsync(module, withMigrations, db, cancellationToken))
            {
                var context = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
                await context.Database.MigrateAsync(cancellationToken);
            }
            if (foreignKeys is not null)
            {
                await ThrowOnBrokenReferencesAsync(db, foreignKeys.Violations, cancellationToken);
            }
            await db.CommitAsync(cancellationToken);
        }
        catch
        {
            await db.RollbackAsync();
            throw;
        }
        finally
        {
            if (foreignKeys is not null)
            {
                await ExecuteAsync(db, foreignKeys.Resume, CancellationToken.None);
            }
        }
    }

    private static async Task ExecuteAsync(OperationDatabase db, string sql, CancellationToken cancellationToken)
    {
        await using var command = db.Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Transaction;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Fails the migration when a row points at a row that does not exist (the first few named).</summary>
    private static async Task ThrowOnBrokenReferencesAsync(OperationDatabase db, string violationsSql, CancellationToken cancellationToken)
    {
        await using var command = db.Connection.CreateCommand();
        command.CommandText = violationsSql;
        command.Transaction = db.Transaction;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var broken = new List<string>();
        while (broken.Count < 5 && await reader.ReadAsync(cancellationToken))
        {
            broken.Add($"{reader.GetValue(0)} row {reader.GetValue(1)} -> {reader.GetValue(2)}");
        }
        if (broken.Count > 0)
        {
            throw new InvalidOperationException($"The migration leaves rows pointing at rows that do not exist: {string.Join("; ", broken)}.");
        }
    }

    /// <summary>The module's contexts with the migrations each declares for the running provider (a context with none is left to the module).</summary>
    private List<(Type Context, IReadOnlyList<string> Declared)> ContextsWithMigrations(ModuleDescriptor module)
    {
        var contexts = new List<(Type, IReadOnlyList<string>)>();
        foreach (var contextType in catalog.RegistrationsOf(module).DbContexts)
        {
            var declared = MigrationLedger.Declared(contextType, database.Name);
            if (declared.Count == 0)
            {
                logger.LogWarning("Module {Module} ships no migrations for {Context}; its schema is left to the module", module.Id, contextType.Name);
                continue;
            }
            contexts.Add((contextType, declared));
        }
        return contexts;
    }

    /// <summary>The contexts whose declared migrations are not all in the history table.</summary>
    private async Task<List<Type>> PendingContextsAsync(
        ModuleDescriptor module, List<(Type Context, IReadOnlyList<string> Declared)> contexts, OperationDatabase db, CancellationToken cancellationToken)
    {
        var pending = new List<Type>();
        foreach (var (contextType, declared) in contexts)
        {
            if (!await MigrationLedger.IsUpToDateAsync(db.Connection, database, module.Manifest.Schema!, declared, cancellationToken, db.Transaction))
            {
                pending.Add(contextType);
            }
        }
        return pending;
    }

    /// <summary>Drops the module's schema from the tenant's database (uninstall).</summary>
    public async Task DropSchemaAsync(ModuleDescriptor module, string tenantId, CancellationToken cancellationToken)
    {
        if (module.Manifest.Schema is not { } schema)
        {
            return;
        }
        await using var scope = scopes.CreateTenantScope(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<OperationDatabase>();
        await database.DropSchemaAsync(db.Connection, schema, cancellationToken);
    }
}
