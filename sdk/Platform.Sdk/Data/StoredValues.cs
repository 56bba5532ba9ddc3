using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Platform.Sdk.Data;

/// <summary>
/// Before a save, brings every added or modified value to what the database will hold: decimals rounded
/// to their column's scale (half away from zero, as PostgreSQL, SQL Server and the SQLite converter do)
/// and times at offset zero, cut to whole microseconds (PostgreSQL's resolution, so every provider keeps
/// the same instant). A saved row then reads the same in memory as from the database, so a store
/// can answer a create with the row it wrote instead of reading it back.
/// </summary>
internal static class StoredValues
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    private static readonly ConcurrentDictionary<IEntityType, StoredProperty[]> Properties = new();

    public static void Normalise(DbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }
            foreach (var stored in Properties.GetOrAdd(entry.Metadata, Describe))
            {
                var property = entry.Property(stored.Property);
                switch (property.CurrentValue)
                {
                    case decimal amount when stored.Scale is { } scale:
                        var rounded = decimal.Round(amount, scale, MidpointRounding.AwayFromZero);
                        if (rounded != amount)
                        {
                            property.CurrentValue = rounded;
                        }
                        break;
                    case DateTimeOffset time:
                        var utc = new DateTimeOffset(time.UtcTicks - time.UtcTicks % TicksPerMicrosecond, TimeSpan.Zero);
                        if (utc != time || time.Offset != TimeSpan.Zero)
                        {
                            property.CurrentValue = utc;
                        }
                        break;
                }
            }
        }
    }

    private static StoredProperty[] Describe(IEntityType entityType) =>
        entityType.GetProperties()
            .Select(p => (Property: p, Type: Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType))
            .Where(p => p.Type == typeof(decimal) || p.Type == typeof(DateTimeOffset))
            .Select(p => new StoredProperty(p.Property, p.Type == typeof(decimal) ? p.Property.GetScale() ?? ModuleDbContext.DefaultSqliteDecimalScale : null))
            .ToArray();

    private sealed record StoredProperty(IProperty Property, int? Scale);
}
