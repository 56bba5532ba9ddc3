using Platform.Host.Tenants;

namespace Platform.DesignTime;

/// <summary>Builds the host's <see cref="TenantPlatformDbContext"/> (system jobs, schema <c>platform</c> in each tenant database) for <c>dotnet ef</c>.</summary>
public sealed class TenantPlatformDesignTimeFactory() : ModuleDesignTimeFactory<TenantPlatformDbContext>(TenantPlatformDbContext.SchemaName);
