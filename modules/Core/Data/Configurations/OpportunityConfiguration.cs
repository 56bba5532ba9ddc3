using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Data.Configurations;

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<OpportunityRow>
{
    public void Configure(EntityTypeBuilder<OpportunityRow> builder)
    {
        builder.ToTable("opportunities");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Name).IsRequired().HasMaxLength(FieldLengths.Name);
        builder.Property(x => x.Amount).IsMoney();
        builder.Property(x => x.Currency).IsCurrency();
        builder.HasMany(x => x.StageHistory).WithOne().HasForeignKey(x => x.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CustomerRow>().WithMany().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SalesRepRow>().WithMany().HasForeignKey(x => x.OwnerRepId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartnerRow>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
        // The funnel reads a period's cohort by creation time.
        builder.HasIndex(x => x.CreatedAt);
    }
}
