using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Data.Configurations;

internal sealed class OpportunityStageChangeConfiguration : IEntityTypeConfiguration<OpportunityStageChangeRow>
{
    public void Configure(EntityTypeBuilder<OpportunityStageChangeRow> builder)
    {
        builder.ToTable("opportunity_stage_changes");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.ChangedBy).IsRequired().HasMaxLength(FieldLengths.Name);
        builder.HasIndex(x => new { x.OpportunityId, x.ChangedAt });
    }
}
