using Microsoft.EntityFrameworkCore;
using Platform.Host.Data;

namespace Platform.Host.Catalog;

/// <summary>Opens contexts on the catalog database and keeps its schema migrated.</summary>
public sealed class CatalogDatabase(IDatabaseProvider provider)
{
    private readonly ModuleContextOptions<CatalogDbContext> _options = new(provider, typeof(CatalogDbContext).Assembly, CatalogDbContext.SchemaName);

    /// <summary>A context on its own (pooled) connection; dispose it after use.</summary>
    public CatalogDbContext Open()
    {
        var context = _options.Create();
        context.Database.SetDbConnection(provider.CreateConnection(DatabaseNames.Catalog), contextOwnsConnection: true);
        return context;
    }

    /// <summary>Creates the catalog database if needed and applies pending catalog migrations.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await provider.EnsureDatabaseAsync(DatabaseNames.Catalog, cancellationToken);
        var declared = MigrationLedger.Declared(typeof(CatalogDbContext), provider.Name);
        await using var context = Open();
        await context.Database.OpenConnectionAsync(cancellationToken);
        if (!await MigrationLedger.IsUpToDateAsync(context.Database.GetDbConnection(), provider, CatalogDbContext.SchemaName, declared, cancellationToken))
        {
            await context.Database.MigrateAsync(cancellationToken);
        }
    }
}
