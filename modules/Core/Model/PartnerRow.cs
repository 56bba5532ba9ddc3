namespace Platform.Modules.Core.Model;

/// <summary>A channel partner: agent, distributor, reseller or service provider (entity <c>partner</c>).</summary>
public sealed class PartnerRow
{
    /// <summary>Record id.</summary>
    public Guid Id { get; set; }

    /// <summary>Partner code, unique.</summary>
    public string Code { get; set; } = "";

    /// <summary>Partner's company name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Kind of partner.</summary>
    public PartnerType PartnerType { get; set; }

    /// <summary>Programme tier.</summary>
    public PartnerTier Tier { get; set; }

    /// <summary>The territory the partner covers, when assigned.</summary>
    public Guid? RegionId { get; set; }

    /// <summary>Contact person's name (personal information).</summary>
    public string? ContactName { get; set; }

    /// <summary>Contact person's phone (personal information).</summary>
    public string? ContactPhone { get; set; }

    /// <summary>Contact person's e-mail (personal information).</summary>
    public string? ContactEmail { get; set; }

    /// <summary>When the partner joined the programme.</summary>
    public DateOnly JoinedOn { get; set; }
}
