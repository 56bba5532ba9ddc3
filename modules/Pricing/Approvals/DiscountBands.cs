using Platform.Modules.Pricing.Model;
using Platform.Modules.Pricing.Settings;

namespace Platform.Modules.Pricing.Approvals;

/// <summary>
/// Places a manual discount in the tenant's approval bands: up to the automatic limit nothing is needed;
/// up to the manager limit a manager approves; above it a director.
/// </summary>
internal static class DiscountBands
{
    public static (ApprovalStatus Status, string? Role) Classify(decimal discountPercent, PricingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return discountPercent <= settings.AutomaticDiscountLimitPercent ? (ApprovalStatus.NotRequired, null)
            : discountPercent <= settings.ManagerDiscountLimitPercent ? (ApprovalStatus.Pending, settings.ManagerApproverRole)
            : (ApprovalStatus.Pending, settings.DirectorApproverRole);
    }
}
