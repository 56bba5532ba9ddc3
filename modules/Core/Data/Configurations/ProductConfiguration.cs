using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Data.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<ProductRow>
{
    public void Configure(EntityTypeBuilder<ProductRow> builder)
    {
        builder.ToTable("products");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Sku).IsRequired().HasMaxLength(FieldLengths.Code);
        builder.Property(x => x.Name).IsRequired().HasMaxLength(FieldLengths.Name);
        builder.Property(x => x.ProductLine).IsRequired().HasMaxLength(FieldLengths.Label);
        builder.Property(x => x.Series).IsRequired().HasMaxLength(FieldLengths.Label);
        builder.Property(x => x.Category).IsRequired().HasMaxLength(FieldLengths.Label);
        builder.Property(x => x.UnitCost).IsMoney();
        builder.Property(x => x.ListPrice).IsMoney();
        builder.Property(x => x.Currency).IsCurrency();
        builder.HasIndex(x => x.Sku).IsUnique();
        builder.HasIndex(x => x.ProductLine);
    }
}
