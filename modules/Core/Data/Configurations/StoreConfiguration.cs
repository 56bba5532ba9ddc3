using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Data.Configurations;

internal sealed class StoreConfiguration : IEntityTypeConfiguration<StoreRow>
{
    public void Configure(EntityTypeBuilder<StoreRow> builder)
    {
        builder.ToTable("stores");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Code).IsRequired().HasMaxLength(FieldLengths.Code);
        builder.Property(x => x.Name).IsRequired().HasMaxLength(FieldLengths.Name);
        builder.Property(x => x.AreaSqm).HasPrecision(10, 2);
        builder.HasIndex(x => x.Code).IsUnique();
        builder.HasIndex(x => x.RegionId);
    }
}
