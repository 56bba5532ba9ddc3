using Microsoft.EntityFrameworkCore;
using Platform.Host.Data;

namespace Platform.Host.Tenants;

/// <summary>Options for <see cref="TenantPlatformDbContext"/> and the migration of its schema in each tenant database.</summary>
public sealed class TenantPlatformDatabase(IDatabaseProvider provider, ILogger<TenantPlatformDatabase> logger)
{
    /// <summary>The shared context options (the connection is attached per use).</summary>
    public ModuleContextOptions<TenantPlatformDbContext> Options { get; } = new(provider, typeof(TenantPlatformDbContext).Assembly, TenantPlatformDbContext.SchemaName);

    /// <summary>Applies pending migrations of the platform schema in the tenant's database (it must exist).</summary>
    public async Task MigrateAsync(string tenantId, CancellationToken cancellationToken)
    {
        var declared = MigrationLedger.Declared(typeof(TenantPlatformDbContext), provider.Name);
        await using var context = Options.Create();
        context.Database.SetDbConnection(provider.CreateConnection(DatabaseNames.Tenant(tenantId)), contextOwnsConnection: true);
        await context.Database.OpenConnectionAsync(cancellationToken);
        if (!await MigrationLedger.IsUpToDateAsync(context.Database.GetDbConnection(), provider, TenantPlatformDbContext.SchemaName, declared, cancellationToken))
        {
            await context.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Platform schema (system jobs) migrated in tenant {Tenant}'s database", tenantId);
        }
    }
}
