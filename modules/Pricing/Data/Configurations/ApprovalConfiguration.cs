using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Pricing.Model;

namespace Platform.Modules.Pricing.Data.Configurations;

internal sealed class ApprovalConfiguration :
    IEntityTypeConfiguration<OrderPricingRow>, IEntityTypeConfiguration<ApprovalDecisionRow>, IEntityTypeConfiguration<SurveyResponseRow>
{
    public void Configure(EntityTypeBuilder<OrderPricingRow> builder)
    {
        builder.ToTable("order_pricing");
        builder.HasKey(x => x.OrderId);
        builder.Property(x => x.OrderId).ValueGeneratedNever();
        builder.Property(x => x.Subtotal).IsAmount();
        builder.Property(x => x.PromotionDiscount).IsAmount();
        builder.Property(x => x.ManualDiscountPercent).IsAmount();
        builder.Property(x => x.Total).IsAmount();
        builder.Property(x => x.RequiredRole).HasMaxLength(Columns.LabelLength);
        builder.Property(x => x.Quote).IsRequired();
        builder.Property(x => x.PricedBy).IsRequired().HasMaxLength(Columns.NameLength);
        builder.Property(x => x.Options).IsRequired().HasMaxLength(Columns.DocumentLength);
        builder.HasIndex(x => x.Approval);
    }

    public void Configure(EntityTypeBuilder<ApprovalDecisionRow> builder)
    {
        builder.ToTable("approval_decisions");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.DecidedBy).IsRequired().HasMaxLength(Columns.NameLength);
        builder.Property(x => x.Role).IsRequired().HasMaxLength(Columns.LabelLength);
        builder.Property(x => x.Reason).IsRequired().HasMaxLength(1000);
        builder.HasIndex(x => x.OrderId);
    }

    public void Configure(EntityTypeBuilder<SurveyResponseRow> builder)
    {
        builder.ToTable("survey_responses");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Survey).IsCode();
        builder.Property(x => x.TooCheap).IsAmount();
        builder.Property(x => x.Cheap).IsAmount();
        builder.Property(x => x.Expensive).IsAmount();
        builder.Property(x => x.TooExpensive).IsAmount();
        builder.HasIndex(x => x.Survey);
    }
}
