using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Pricing.Model;

namespace Platform.Modules.Pricing.Data.Configurations;

internal sealed class PriceListConfiguration : IEntityTypeConfiguration<PriceListRow>, IEntityTypeConfiguration<PriceListItemRow>
{
    public void Configure(EntityTypeBuilder<PriceListRow> builder)
    {
        builder.ToTable("price_lists");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Code).IsCode();
        builder.Property(x => x.Name).IsRequired().HasMaxLength(Columns.NameLength);
        builder.Property(x => x.Channel).HasMaxLength(Columns.LabelLength);
        builder.Property(x => x.CustomerGroup).HasMaxLength(Columns.LabelLength);
        builder.Property(x => x.Currency).IsCurrency();
        builder.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.PriceListId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.Code).IsUnique();
    }

    public void Configure(EntityTypeBuilder<PriceListItemRow> builder)
    {
        builder.ToTable("price_list_items");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.UnitPrice).IsAmount();
        builder.HasIndex(x => new { x.PriceListId, x.ProductId }).IsUnique();
        builder.HasIndex(x => x.ProductId);
    }
}
