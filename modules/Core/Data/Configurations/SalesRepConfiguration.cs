using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Data.Configurations;

internal sealed class SalesRepConfiguration : IEntityTypeConfiguration<SalesRepRow>
{
    public void Configure(EntityTypeBuilder<SalesRepRow> builder)
    {
        builder.ToTable("sales_reps");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.EmployeeNo).IsRequired().HasMaxLength(FieldLengths.Code);
        builder.Property(x => x.Name).IsRequired().HasMaxLength(FieldLengths.PersonName);
        builder.Property(x => x.BaseSalary).IsMoney();
        builder.Property(x => x.Currency).IsCurrency();
        builder.Property(x => x.Email).HasMaxLength(FieldLengths.Email);
        builder.Property(x => x.Phone).HasMaxLength(FieldLengths.Phone);
        builder.HasIndex(x => x.EmployeeNo).IsUnique();
        builder.HasIndex(x => x.TeamId);
    }
}
