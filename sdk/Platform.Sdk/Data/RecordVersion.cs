using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Platform.Sdk.Data;

/// <summary>
/// The version every row of a module's table carries (ADR 0016): a shadow <c>long</c> column
/// <c>Version</c>, 1 when the row is inserted and raised by one on every save that changes it. Entity
/// responses carry it as a strong ETag; <c>If-Match</c> turns it into the condition of an UPDATE.
/// </summary>
public static class RecordVersion
{
    /// <summary>The shadow property and column name.</summary>
    public const string PropertyName = "Version";

    /// <summary>The version of a row when it is inserted.</summary>
    public const long First = 1;

    /// <summary>True when the entity type carries a version.</summary>
    public static bool IsVersioned(IReadOnlyEntityType entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        return entityType.FindProperty(PropertyName) is { } property && property.IsShadowProperty() && property.ClrType == typeof(long);
    }

    /// <summary>Adds the version to every table-mapped entity type that has a key and no property of that name.</summary>
    internal static void AddTo(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().ToList())
        {
            if (entityType.IsOwned() || entityType.BaseType is not null || entityType.FindPrimaryKey() is null
                || entityType.GetTableName() is null || entityType.ClrType.GetProperty(PropertyName) is not null)
            {
                continue;
            }
            modelBuilder.Entity(entityType.Name).Property<long>(PropertyName);
        }
    }

    /// <summary>Stamps versions before a save: inserted rows get <see cref="First"/>, changed rows one more than they had.</summary>
    internal static void Stamp(DbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified) || !IsVersioned(entry.Metadata))
            {
                continue;
            }
            var version = entry.Property(PropertyName);
            if (entry.State == EntityState.Added)
            {
                if ((long)version.CurrentValue! == 0)
                {
                    version.CurrentValue = First;
                }
            }
            else if (!version.IsModified)
            {
                version.CurrentValue = (long)version.OriginalValue! + 1;
            }
        }
    }

    /// <summary>The version of a tracked row, or null when its type carries none.</summary>
    public static long? Of(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return IsVersioned(entry.Metadata) ? (long)entry.Property(PropertyName).CurrentValue! : null;
    }
}
