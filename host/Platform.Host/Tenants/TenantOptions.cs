namespace Platform.Host.Tenants;

/// <summary>Tenant handling (section <c>Platform:Tenants</c>).</summary>
public sealed class TenantOptions
{
    /// <summary>How long a host trusts its cached copy of a tenant's status, modules and settings.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(5);
}
