using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Data;

namespace Fixtures.Ledger;

/// <summary>The ledger's tables.</summary>
public sealed class LedgerDbContext(DbContextOptions<LedgerDbContext> options) : ModuleDbContext(options)
{
    /// <summary>Entries.</summary>
    public DbSet<EntryRow> Entries => Set<EntryRow>();

    /// <inheritdoc />
    /// <remarks>The fixture's migrations (versions 1 and 2) predate record versions (ADR 0016); it keeps them off.</remarks>
    protected override bool VersionsRecords => false;

    /// <inheritdoc />
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EntryRow>(e =>
        {
            e.ToTable("entries");
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Amount).HasPrecision(18, 2);
#if LEDGER_V2
            e.Property(x => x.Note).HasMaxLength(200);
            e.HasIndex(x => x.Code).IsUnique();
#endif
        });
#if LEDGER_V2
        modelBuilder.Entity<TagRow>(e =>
        {
            e.ToTable("tags");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(40);
        });
#endif
    }
}
