using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Pricing.Model;

namespace Platform.Modules.Pricing.Data.Configurations;

/// <summary>Tables the module writes itself when orders complete: coupon redemptions and flash-sale stock and sales.</summary>
internal sealed class UsageConfiguration :
    IEntityTypeConfiguration<CouponRedemptionRow>, IEntityTypeConfiguration<FlashSaleStockRow>, IEntityTypeConfiguration<FlashSaleSaleRow>,
    IEntityTypeConfiguration<CustomerAllowanceRow>
{
    public void Configure(EntityTypeBuilder<CustomerAllowanceRow> builder)
    {
        builder.ToTable("customer_allowances");
        builder.HasKey(x => new { x.LimitedId, x.CustomerId });
    }

    public void Configure(EntityTypeBuilder<CouponRedemptionRow> builder)
    {
        builder.ToTable("coupon_redemptions");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasIndex(x => new { x.CouponCodeId, x.CustomerId });
        builder.HasIndex(x => x.PromotionId);
        builder.HasIndex(x => new { x.OrderId, x.CouponCodeId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<FlashSaleStockRow> builder)
    {
        builder.ToTable("flash_sale_stock");
        builder.HasKey(x => x.PromotionId);
        builder.Property(x => x.PromotionId).ValueGeneratedNever();
    }

    public void Configure(EntityTypeBuilder<FlashSaleSaleRow> builder)
    {
        builder.ToTable("flash_sale_sales");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasIndex(x => new { x.PromotionId, x.CustomerId });
        builder.HasIndex(x => new { x.OrderId, x.PromotionId }).IsUnique();
    }
}
