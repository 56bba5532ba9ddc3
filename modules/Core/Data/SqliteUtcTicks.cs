using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Platform.Modules.Core.Data;

/// <summary>
/// On SQLite, stores every <see cref="DateTimeOffset"/> as its UTC ticks (an INTEGER). The SDK's
/// default (EF Core's DateTimeOffsetToBinaryConverter) packs the local clock time with the offset, so a
/// filter value with a non-zero offset (for example <c>2025-01-01T07:00+08:00</c>) compares wrongly
/// against stored UTC times. UTC ticks compare and sort by the instant, whatever offset a caller uses.
/// </summary>
internal static class SqliteUtcTicks
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
        {
            if ((Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType) == typeof(DateTimeOffset))
            {
                property.SetValueConverter(new UtcTicksConverter());
            }
        }
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        stored => new DateTimeOffset(stored, TimeSpan.Zero));
}
