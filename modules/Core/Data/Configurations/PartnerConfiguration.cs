using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Data.Configurations;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<PartnerRow>
{
    public void Configure(EntityTypeBuilder<PartnerRow> builder)
    {
        builder.ToTable("partners");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Code).IsRequired().HasMaxLength(FieldLengths.Code);
        builder.Property(x => x.Name).IsRequired().HasMaxLength(FieldLengths.Name);
        builder.Property(x => x.ContactName).HasMaxLength(FieldLengths.PersonName);
        builder.Property(x => x.ContactPhone).HasMaxLength(FieldLengths.Phone);
        builder.Property(x => x.ContactEmail).HasMaxLength(FieldLengths.Email);
        builder.HasIndex(x => x.Code).IsUnique();
        builder.HasIndex(x => x.RegionId);
    }
}
