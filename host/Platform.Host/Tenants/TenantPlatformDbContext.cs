using Microsoft.EntityFrameworkCore;
using Platform.Host.Jobs;
using Platform.Sdk.Data;

namespace Platform.Host.Tenants;

/// <summary>
/// The platform's own tables inside each tenant's database (schema <c>platform</c>; <c>platform_</c>
/// prefix on SQLite): system jobs (asynchronous steps, recurring and one-off jobs), which must be written in the same transaction as the tenant's data
/// (ADR 0008). Built like a module context so the same providers, schema rules and migrations apply.
/// </summary>
public sealed class TenantPlatformDbContext(DbContextOptions<TenantPlatformDbContext> options) : ModuleDbContext(options)
{
    /// <summary>The schema of the platform's tables in a tenant database (reserved: no module may use it).</summary>
    public const string SchemaName = "platform";

    /// <summary>The jobs table's name within the schema.</summary>
    public const string JobsTable = "jobs";

    /// <summary>System jobs.</summary>
    public DbSet<JobRow> Jobs => Set<JobRow>();

    /// <inheritdoc />
    /// <remarks>Platform tables are not entities and some are written by hand-written SQL: no record versions.</remarks>
    protected override bool VersionsRecords => false;

    /// <inheritdoc />
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<JobRow>(e =>
        {
            e.ToTable(JobsTable);
            e.HasKey(j => j.Id);
            // snake_case names, because the claim and completion statements are written in SQL per provider.
            e.Property(j => j.Id).HasColumnName("id");
            e.Property(j => j.Kind).HasColumnName("kind").HasMaxLength(20).HasDefaultValue(JobKind.Step);
            e.Property(j => j.OccurrenceAt).HasColumnName("occurrence_at");
            e.Property(j => j.ModuleId).HasColumnName("module_id").HasMaxLength(100);
            e.Property(j => j.StepName).HasColumnName("step_name").HasMaxLength(200);
            e.Property(j => j.StepType).HasColumnName("step_type").HasMaxLength(500);
            e.Property(j => j.Message).HasColumnName("message").HasMaxLength(200);
            e.Property(j => j.Entity).HasColumnName("entity").HasMaxLength(100);
            e.Property(j => j.TargetId).HasColumnName("target_id");
            e.Property(j => j.Payload).HasColumnName("payload");
            e.Property(j => j.InitiatingUser).HasColumnName("initiating_user").HasMaxLength(200);
            e.Property(j => j.CorrelationId).HasColumnName("correlation_id");
            e.Property(j => j.Depth).HasColumnName("depth");
            e.Property(j => j.Status).HasColumnName("status").HasMaxLength(20);
            e.Property(j => j.Attempts).HasColumnName("attempts");
            e.Property(j => j.MaxAttempts).HasColumnName("max_attempts");
            e.Property(j => j.NextRunAt).HasColumnName("next_run_at");
            e.Property(j => j.LockedBy).HasColumnName("locked_by").HasMaxLength(200);
            e.Property(j => j.LockedUntil).HasColumnName("locked_until");
            e.Property(j => j.LeaseToken).HasColumnName("lease_token");
            e.Property(j => j.LastError).HasColumnName("last_error").HasMaxLength(JobLimits.ErrorLength);
            e.Property(j => j.CreatedAt).HasColumnName("created_at");
            e.Property(j => j.StartedAt).HasColumnName("started_at");
            e.Property(j => j.FinishedAt).HasColumnName("finished_at");
            e.HasIndex(j => new { j.Status, j.NextRunAt }).HasDatabaseName("ix_jobs_status_next_run_at");
            e.HasIndex(j => j.CreatedAt).HasDatabaseName("ix_jobs_created_at");
            // One row per occurrence of a recurring job: a second host's insert of the same occurrence does nothing (ADR 0019).
            e.HasIndex(j => new { j.ModuleId, j.StepName, j.OccurrenceAt }).IsUnique().HasFilter("occurrence_at IS NOT NULL")
                .HasDatabaseName("ux_jobs_occurrence");
        });
    }
}
