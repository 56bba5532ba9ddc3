using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Data.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<CustomerRow>
{
    public void Configure(EntityTypeBuilder<CustomerRow> builder)
    {
        builder.ToTable("customers");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Code).IsRequired().HasMaxLength(FieldLengths.Code);
        builder.Property(x => x.Name).IsRequired().HasMaxLength(FieldLengths.Name);
        builder.Property(x => x.Industry).IsRequired().HasMaxLength(FieldLengths.Label);
        builder.Property(x => x.DecisionMaker).HasMaxLength(FieldLengths.PersonName);
        builder.Property(x => x.Phone).HasMaxLength(FieldLengths.Phone);
        builder.Property(x => x.Email).HasMaxLength(FieldLengths.Email);
        builder.Property(x => x.IdNumber).HasMaxLength(FieldLengths.IdNumber);
        builder.HasIndex(x => x.Code).IsUnique();
        builder.HasIndex(x => x.RegionId);
    }
}
