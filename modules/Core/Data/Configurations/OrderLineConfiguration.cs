using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Data.Configurations;

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLineRow>
{
    public void Configure(EntityTypeBuilder<OrderLineRow> builder)
    {
        // The trigger refuses a line whose product is inactive (ADR 0013); SQL Server must know it exists.
        builder.ToTable("order_lines", t => t.HasTrigger(OrderLineProductActiveTrigger.Name));
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.ListPrice).IsMoney();
        builder.Property(x => x.NetPrice).IsMoney();
        builder.Property(x => x.LineAmount).IsMoney();
        builder.HasIndex(x => new { x.OrderId, x.LineNumber }).IsUnique();
        builder.HasIndex(x => x.ProductId);
        builder.HasOne<ProductRow>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
