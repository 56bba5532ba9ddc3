namespace Platform.Host.Tenants;

/// <summary>Tenant handling (section <c>Platform:Tenants</c>).</summary>
public sealed class TenantOptions
{
    /// <summary>How long a host trusts its cached copy of a tenant's status, modules and settings.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The time zone (IANA id) of tenants that set none; recurring jobs' cron schedules run on the tenant's clock.</summary>
    public string DefaultTimeZone { get; set; } = "Asia/Shanghai";
}
