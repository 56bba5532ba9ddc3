using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Pricing.Model;

namespace Platform.Modules.Pricing.Data.Configurations;

internal sealed class PricingMethodConfiguration : IEntityTypeConfiguration<PricingMethodRow>, IEntityTypeConfiguration<CompetitorPriceRow>
{
    public void Configure(EntityTypeBuilder<PricingMethodRow> builder)
    {
        builder.ToTable("pricing_methods");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Category).HasMaxLength(Columns.LabelLength);
        builder.Property(x => x.MarginPercent).IsAmount();
        builder.Property(x => x.ValueMetric).IsAmount();
        builder.Property(x => x.ValueSharePercent).IsAmount();
        builder.Property(x => x.AdjustmentAmount).IsAmount();
        builder.Property(x => x.AdjustmentPercent).IsAmount();
        builder.HasIndex(x => x.ProductId);
        builder.HasIndex(x => x.Category);
    }

    public void Configure(EntityTypeBuilder<CompetitorPriceRow> builder)
    {
        builder.ToTable("competitor_prices");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Competitor).IsRequired().HasMaxLength(Columns.NameLength);
        builder.Property(x => x.Price).IsAmount();
        builder.Property(x => x.Currency).IsCurrency();
        builder.HasIndex(x => new { x.ProductId, x.Competitor });
    }
}
