using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Data.Configurations;

/// <summary>Column rules shared by the entity configurations.</summary>
internal static class Columns
{
    /// <summary>Total digits of a money or stock-quantity column.</summary>
    public const int Precision = 18;

    /// <summary>Decimal places stored (amounts are rounded to the tenant's money setting before storage).</summary>
    public const int Scale = 4;

    /// <summary>Declares a money column.</summary>
    public static PropertyBuilder<decimal> IsMoney(this PropertyBuilder<decimal> property) => property.HasPrecision(Precision, Scale);

    /// <summary>Declares a fractional stock-quantity column.</summary>
    public static PropertyBuilder<decimal> IsQuantity(this PropertyBuilder<decimal> property) => property.HasPrecision(Precision, Scale);

    /// <summary>Declares a required ISO 4217 currency column.</summary>
    public static PropertyBuilder<string> IsCurrency(this PropertyBuilder<string> property) =>
        property.IsRequired().HasMaxLength(FieldLengths.Currency).IsFixedLength();
}
