namespace Platform.Modules.Core.Funnel;

/// <summary>
/// Request of the custom message <c>core.funnel</c> (and query of <c>GET /api/core/funnel</c>): the cohort of
/// opportunities created in [<see cref="From"/>, <see cref="To"/>), optionally of one rep, team, region
/// (the customer's city within it) or partner.
/// </summary>
public sealed class FunnelRequest
{
    /// <summary>Start of the period (inclusive).</summary>
    public DateTimeOffset? From { get; set; }

    /// <summary>End of the period (exclusive).</summary>
    public DateTimeOffset? To { get; set; }

    /// <summary>Only opportunities this rep owns.</summary>
    public Guid? RepId { get; set; }

    /// <summary>Only opportunities owned by a rep of this team.</summary>
    public Guid? TeamId { get; set; }

    /// <summary>Only opportunities whose customer is in this region or below it.</summary>
    public Guid? RegionId { get; set; }

    /// <summary>Only opportunities this partner works.</summary>
    public Guid? PartnerId { get; set; }

    /// <summary>Currency of the money figures; the tenant's default currency when omitted. Other currencies' deals count in the conversions only.</summary>
    public string? Currency { get; set; }
}
