using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Data.Configurations;

internal sealed class InventoryPositionConfiguration : IEntityTypeConfiguration<InventoryPositionRow>
{
    public void Configure(EntityTypeBuilder<InventoryPositionRow> builder)
    {
        builder.ToTable("inventory_positions");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.LocationCode).IsRequired().HasMaxLength(FieldLengths.Code);
        builder.Property(x => x.OnHand).IsQuantity();
        builder.Property(x => x.Reserved).IsQuantity();
        builder.HasIndex(x => new { x.ProductId, x.LocationCode }).IsUnique();
        builder.HasIndex(x => x.LocationCode);
    }
}
