using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Data;

namespace Platform.Host.Tests.Pipeline.Probe;

public sealed class NoteRow
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public string? Body { get; set; }
    public int Counter { get; set; }
}

public sealed class NoteInput
{
    [Required, StringLength(50)]
    public string Title { get; set; } = "";
    public string? Body { get; set; }
    [Range(0, 1000)]
    public int Counter { get; set; }
}

public sealed class AuditRow
{
    public Guid Id { get; set; }
    public string What { get; set; } = "";
}

public sealed class NoteDbContext(DbContextOptions<NoteDbContext> options) : ModuleDbContext(options)
{
    public DbSet<NoteRow> Notes => Set<NoteRow>();
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<NoteRow>().ToTable("notes");
        modelBuilder.Entity<NoteRow>().HasIndex(n => n.Title).IsUnique();
    }
}

public sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : ModuleDbContext(options)
{
    public DbSet<AuditRow> Entries => Set<AuditRow>();
    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<AuditRow>().ToTable("entries");
}

public sealed class NoteStore(NoteDbContext context, ProbeRecorder recorder) : EfEntityStore<NoteDbContext, NoteRow>(context, "note")
{
    public override ValueTask CreateAsync(Entity entity, CancellationToken cancellationToken)
    {
        recorder.Record($"30:main:tx={Context.Database.CurrentTransaction is not null}");
        return base.CreateAsync(entity, cancellationToken);
    }
}
