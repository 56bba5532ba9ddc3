using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Host.Catalog;
using Platform.Host.Data;
using Platform.Host.Tenants;
using Platform.Sdk.Data;

namespace Platform.SqlServer.Tests;

/// <summary>One DbContext's SQL Server scripts, generated without a server.</summary>
/// <param name="Name">The context, e.g. <c>platform.core: CoreDbContext</c>.</param>
/// <param name="Migrations">The idempotent migration script a DBA applies (batches separated by <c>GO</c>).</param>
/// <param name="Create">The schema of the context's current model, as EF Core would create it, with its history table.</param>
public sealed record ContextScripts(string Name, string Migrations, string Create);

/// <summary>
/// The SQL Server scripts of each logical database: the catalog (its own context) and a tenant database (the
/// tenant-platform context plus every module of the module root, loaded as the host loads them).
/// </summary>
public static class SqlServerDatabases
{
    private static readonly Lazy<IDatabaseProvider> Provider = new(() => DatabaseProviders.Create(ProviderMigrations.SqlServer, null, "platform_", Path.GetTempPath()));

    private static readonly Lazy<IReadOnlyList<ContextScripts>> CatalogScripts = new(() =>
        [Scripts("catalog: CatalogDbContext", new ModuleContextOptions<CatalogDbContext>(Provider.Value, typeof(CatalogDbContext).Assembly, CatalogDbContext.SchemaName).Create)]);

    private static readonly Lazy<IReadOnlyList<ContextScripts>> TenantScripts = new(LoadTenant);

    /// <summary>The catalog database's contexts.</summary>
    public static IReadOnlyList<ContextScripts> Catalog => CatalogScripts.Value;

    /// <summary>A tenant database's contexts: the platform's jobs and every module's.</summary>
    public static IReadOnlyList<ContextScripts> Tenant => TenantScripts.Value;

    /// <summary>Both databases' contexts.</summary>
    public static IEnumerable<ContextScripts> All => Catalog.Concat(Tenant);

    private static IReadOnlyList<ContextScripts> LoadTenant()
    {
        var set = ModuleContexts.Load(RepoPaths.ModuleRoot, Provider.Value);
        if (set.Problems.Count > 0)
        {
            throw new InvalidOperationException("Modules did not load: " + string.Join("; ", set.Problems));
        }
        var platform = new ModuleContextOptions<TenantPlatformDbContext>(Provider.Value, typeof(TenantPlatformDbContext).Assembly, TenantPlatformDbContext.SchemaName);
        return [Scripts("tenant: TenantPlatformDbContext", platform.Create), .. set.Contexts.Select(c => Scripts($"{c.ModuleId}: {c.ContextType.Name}", c.Create))];
    }

    private static ContextScripts Scripts(string name, Func<DbContext> create)
    {
        using var db = create();
        var migrations = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var history = db.GetService<IHistoryRepository>().GetCreateScript();
        return new ContextScripts(name, migrations, db.Database.GenerateCreateScript() + "\nGO\n" + history);
    }
}
