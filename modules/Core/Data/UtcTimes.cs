using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Platform.Modules.Core.Data;

/// <summary>
/// Converts every <see cref="DateTimeOffset"/> being written to UTC, so stored times compare and sort
/// correctly whatever offset the caller used.
/// </summary>
internal static class UtcTimes
{
    public static void Normalise(ChangeTracker changeTracker)
    {
        foreach (var entry in changeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }
            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is DateTimeOffset value && value.Offset != TimeSpan.Zero)
                {
                    property.CurrentValue = value.ToUniversalTime();
                }
            }
        }
    }
}
