namespace Platform.Modules.Pricing.Model;

/// <summary>Where an order's discount stands in the approval flow.</summary>
public enum ApprovalStatus
{
    /// <summary>Within the automatic band: no approval needed.</summary>
    NotRequired = 0,

    /// <summary>Waiting for a manager or director.</summary>
    Pending = 1,

    /// <summary>Approved.</summary>
    Approved = 2,

    /// <summary>Rejected.</summary>
    Rejected = 3,
}
