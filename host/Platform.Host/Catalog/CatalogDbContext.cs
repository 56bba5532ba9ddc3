using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Data;

namespace Platform.Host.Catalog;

/// <summary>
/// The platform catalog (schema <c>platform</c> in its own database): tenants, per-tenant module state
/// and settings, API keys, installed modules. Built like a module context so the same providers,
/// schema rules and migrations apply.
/// </summary>
public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : ModuleDbContext(options)
{
    /// <summary>The catalog's schema.</summary>
    public const string SchemaName = "platform";

    /// <summary>Tenants.</summary>
    public DbSet<TenantRow> Tenants => Set<TenantRow>();

    /// <summary>Module state per tenant.</summary>
    public DbSet<TenantModuleRow> TenantModules => Set<TenantModuleRow>();

    /// <summary>Module settings per tenant.</summary>
    public DbSet<TenantSettingsRow> TenantSettings => Set<TenantSettingsRow>();

    /// <summary>API keys.</summary>
    public DbSet<ApiKeyRow> ApiKeys => Set<ApiKeyRow>();

    /// <summary>People and service accounts.</summary>
    public DbSet<PrincipalRow> Principals => Set<PrincipalRow>();

    /// <summary>Tenants' own roles.</summary>
    public DbSet<RoleRow> Roles => Set<RoleRow>();

    /// <summary>Roles held by principals.</summary>
    public DbSet<RoleAssignmentRow> RoleAssignments => Set<RoleAssignmentRow>();

    /// <summary>Pipeline traces of every tenant.</summary>
    public DbSet<TraceRow> Traces => Set<TraceRow>();

    /// <summary>Installed module versions.</summary>
    public DbSet<InstalledModuleRow> InstalledModules => Set<InstalledModuleRow>();

    /// <inheritdoc />
    /// <remarks>Platform tables are not entities and some are written by hand-written SQL: no record versions.</remarks>
    protected override bool VersionsRecords => false;

    /// <inheritdoc />
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TenantRow>(e =>
        {
            e.ToTable("tenants");
            e.HasKey(t => t.Id);
            e.Property(t => t.Id).HasMaxLength(40);
            e.Property(t => t.Name).HasMaxLength(200);
            e.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<TenantModuleRow>(e =>
        {
            e.ToTable("tenant_modules");
            e.HasKey(m => new { m.TenantId, m.ModuleId });
            e.Property(m => m.TenantId).HasMaxLength(40);
            e.Property(m => m.ModuleId).HasMaxLength(100);
            e.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.SchemaVersion).HasMaxLength(50);
            e.HasOne<TenantRow>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TenantSettingsRow>(e =>
        {
            e.ToTable("tenant_settings");
            e.HasKey(s => new { s.TenantId, s.ModuleId });
            e.Property(s => s.TenantId).HasMaxLength(40);
            e.Property(s => s.ModuleId).HasMaxLength(100);
            e.Property(s => s.UpdatedBy).HasMaxLength(200);
            e.HasOne<TenantRow>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ApiKeyRow>(e =>
        {
            e.ToTable("api_keys");
            e.HasKey(k => k.Id);
            e.Property(k => k.TenantId).HasMaxLength(40);
            e.Property(k => k.Role).HasMaxLength(40);
            e.Property(k => k.Name).HasMaxLength(200);
            e.Property(k => k.SecretHash).HasMaxLength(64);
            e.HasIndex(k => k.TenantId);
            e.HasIndex(k => k.PrincipalId);
            e.HasOne<TenantRow>().WithMany().HasForeignKey(k => k.TenantId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PrincipalRow>(e =>
        {
            e.ToTable("principals");
            e.HasKey(p => p.Id);
            e.Property(p => p.TenantId).HasMaxLength(40);
            e.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.DisplayName).HasMaxLength(200);
            e.Property(p => p.Email).HasMaxLength(320);
            e.Property(p => p.UserName).HasMaxLength(100);
            e.Property(p => p.PasswordHash).HasMaxLength(200);
            e.HasIndex(p => new { p.TenantId, p.UserName }).IsUnique();
            e.HasOne<TenantRow>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<RoleRow>(e =>
        {
            e.ToTable("roles");
            e.HasKey(r => new { r.TenantId, r.Name });
            e.Property(r => r.TenantId).HasMaxLength(40);
            e.Property(r => r.Name).HasMaxLength(60);
            e.Property(r => r.Description).HasMaxLength(500);
            e.HasOne<TenantRow>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<RoleAssignmentRow>(e =>
        {
            e.ToTable("role_assignments");
            e.HasKey(a => new { a.PrincipalId, a.Role });
            e.Property(a => a.Role).HasMaxLength(60);
            e.HasOne<PrincipalRow>().WithMany().HasForeignKey(a => a.PrincipalId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TraceRow>(e =>
        {
            e.ToTable("traces");
            e.HasKey(t => t.Id);
            e.Property(t => t.TenantId).HasMaxLength(40);
            e.Property(t => t.ModuleId).HasMaxLength(100);
            e.Property(t => t.Step).HasMaxLength(200);
            e.Property(t => t.Message).HasMaxLength(100);
            e.Property(t => t.Entity).HasMaxLength(100);
            e.Property(t => t.Outcome).HasMaxLength(2000);
            e.HasIndex(t => new { t.TenantId, t.At });
            e.HasIndex(t => new { t.TenantId, t.CorrelationId });
        });
        modelBuilder.Entity<InstalledModuleRow>(e =>
        {
            e.ToTable("installed_modules");
            e.HasKey(m => m.ModuleId);
            e.Property(m => m.ModuleId).HasMaxLength(100);
            e.Property(m => m.Version).HasMaxLength(50);
        });
    }
}
