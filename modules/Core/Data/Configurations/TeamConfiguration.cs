using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Data.Configurations;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<TeamRow>
{
    public void Configure(EntityTypeBuilder<TeamRow> builder)
    {
        builder.ToTable("teams");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Code).IsRequired().HasMaxLength(FieldLengths.Code);
        builder.Property(x => x.Name).IsRequired().HasMaxLength(FieldLengths.Name);
        builder.HasIndex(x => x.Code).IsUnique();
    }
}
