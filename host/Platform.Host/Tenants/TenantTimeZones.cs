using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Host.Catalog;
using Platform.Host.Pipeline;

namespace Platform.Host.Tenants;

/// <summary>
/// Each tenant's time zone (an IANA id), in which recurring jobs' cron schedules run. Kept in the catalog's
/// tenant settings under the reserved key <see cref="SettingsKey"/> (module ids always contain a dot, so it
/// cannot collide); a tenant that set none uses <see cref="TenantOptions.DefaultTimeZone"/>.
/// </summary>
public sealed class TenantTimeZones(IOptions<TenantOptions> options, CatalogDatabase catalog, TenantDirectory tenants, TimeProvider time)
{
    /// <summary>The tenant-settings key of the platform's own per-tenant settings.</summary>
    public const string SettingsKey = "platform";

    /// <summary>The zone of tenants that set none.</summary>
    public TimeZoneInfo Default => field ??= Find(options.Value.DefaultTimeZone) ?? TimeZoneInfo.Utc;

    /// <summary>The tenant's zone.</summary>
    public TimeZoneInfo Of(TenantState tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return FromSettings(tenant.SettingsJson.GetValueOrDefault(SettingsKey));
    }

    /// <summary>The zone in a platform settings document, or the default.</summary>
    public TimeZoneInfo FromSettings(string? json)
    {
        if (json is null)
        {
            return Default;
        }
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("timeZone", out var id) && Find(id.GetString()) is { } zone ? zone : Default;
    }

    /// <summary>The zone with this IANA id, or null (Windows ids and unknown names are refused).</summary>
    public static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId ? zone : null;

    /// <summary>Sets the tenant's zone; 400 naming <c>timeZone</c> when it is not an IANA id known here.</summary>
    public async Task<TimeZoneInfo> SetAsync(string tenantId, string? timeZone, string user, CancellationToken cancellationToken)
    {
        var zone = Find(timeZone) ?? throw PlatformProblemException.Invalid("timeZone",
            string.IsNullOrWhiteSpace(timeZone) ? "A time zone is required (an IANA id such as Asia/Shanghai)." : $"'{timeZone}' is not an IANA time zone id known here (e.g. Asia/Shanghai, Europe/Berlin, UTC).");
        await using (var db = catalog.Open())
        {
            if (!await db.Tenants.AnyAsync(t => t.Id == tenantId, cancellationToken))
            {
                throw PlatformProblemException.NotFound($"Tenant '{tenantId}' does not exist.");
            }
            var row = await db.TenantSettings.SingleOrDefaultAsync(s => s.TenantId == tenantId && s.ModuleId == SettingsKey, cancellationToken);
            if (row is null)
            {
                row = new TenantSettingsRow { TenantId = tenantId, ModuleId = SettingsKey };
                db.TenantSettings.Add(row);
            }
            row.Json = JsonSerializer.Serialize(new { timeZone = zone.Id });
            row.UpdatedBy = user;
            row.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }
        tenants.Invalidate(tenantId);
        return zone;
    }
}
