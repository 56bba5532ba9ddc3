using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Host.Tenants;
using Platform.Sdk.Data;

namespace Platform.DesignTime;

/// <summary>Builds the host's <see cref="TenantPlatformDbContext"/> (system jobs in each tenant database) for <c>dotnet ef</c> on SQLite.</summary>
public sealed class TenantPlatformDesignTimeFactory : IDesignTimeDbContextFactory<TenantPlatformDbContext>
{
    /// <inheritdoc />
    public TenantPlatformDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TenantPlatformDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(ModuleDbContext.SqliteHistoryTableName(TenantPlatformDbContext.SchemaName)))
            .UseModuleSchema(TenantPlatformDbContext.SchemaName);
        return new TenantPlatformDbContext((DbContextOptions<TenantPlatformDbContext>)options.Options);
    }
}
