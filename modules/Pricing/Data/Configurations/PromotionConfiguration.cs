using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Pricing.Model;

namespace Platform.Modules.Pricing.Data.Configurations;

internal sealed class PromotionConfiguration : IEntityTypeConfiguration<PromotionRow>, IEntityTypeConfiguration<CouponCodeRow>
{
    public void Configure(EntityTypeBuilder<PromotionRow> builder)
    {
        builder.ToTable("promotions");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Code).IsCode();
        builder.Property(x => x.Name).IsRequired().HasMaxLength(Columns.NameLength);
        builder.Property(x => x.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(x => x.Budget).IsAmount();
        builder.Property(x => x.Goal).HasMaxLength(Columns.LabelLength);
        builder.Property(x => x.Applicability).IsRequired().HasMaxLength(Columns.DocumentLength);
        builder.Property(x => x.Parameters).IsRequired().HasMaxLength(Columns.DocumentLength);
        builder.HasIndex(x => x.Code).IsUnique();
        builder.HasIndex(x => new { x.StartsAt, x.EndsAt });
    }

    public void Configure(EntityTypeBuilder<CouponCodeRow> builder)
    {
        builder.ToTable("coupon_codes");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Code).IsCode();
        builder.HasIndex(x => x.Code).IsUnique();
        builder.HasIndex(x => x.PromotionId);
    }
}
