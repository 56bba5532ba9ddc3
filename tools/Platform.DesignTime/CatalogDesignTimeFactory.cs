using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Host.Catalog;
using Platform.Sdk.Data;

namespace Platform.DesignTime;

/// <summary>Builds the host's <see cref="CatalogDbContext"/> for <c>dotnet ef</c> on SQLite (schema as table prefix).</summary>
public sealed class CatalogDesignTimeFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    /// <inheritdoc />
    public CatalogDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CatalogDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(ModuleDbContext.SqliteHistoryTableName(CatalogDbContext.SchemaName)))
            .UseModuleSchema(CatalogDbContext.SchemaName);
        return new CatalogDbContext((DbContextOptions<CatalogDbContext>)options.Options);
    }
}
