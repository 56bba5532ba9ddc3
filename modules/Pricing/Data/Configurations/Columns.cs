using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Modules.Pricing.Data.Configurations;

/// <summary>Column shapes shared by the Pricing tables.</summary>
internal static class Columns
{
    public const int CodeLength = 64;
    public const int NameLength = 200;
    public const int LabelLength = 100;
    public const int DocumentLength = 8000;

    public static PropertyBuilder<decimal> IsAmount(this PropertyBuilder<decimal> property) => property.HasPrecision(18, 4);

    public static PropertyBuilder<decimal?> IsAmount(this PropertyBuilder<decimal?> property) => property.HasPrecision(18, 4);

    public static PropertyBuilder<string> IsCode(this PropertyBuilder<string> property) => property.IsRequired().HasMaxLength(CodeLength);

    public static PropertyBuilder<string> IsCurrency(this PropertyBuilder<string> property) => property.IsRequired().HasMaxLength(3).IsFixedLength();
}
