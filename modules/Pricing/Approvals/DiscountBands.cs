using Platform.Modules.Pricing.Model;
using Platform.Modules.Pricing.Settings;

namespace Platform.Modules.Pricing.Approvals;

/// <summary>
/// Places a manual discount in the tenant's approval bands: up to the automatic limit nothing is needed;
/// up to the manager limit a holder of the manager band's permission approves; above it the director band's.
/// </summary>
internal static class DiscountBands
{
    public static (ApprovalStatus Status, string? Permission) Classify(decimal discountPercent, PricingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return discountPercent <= settings.AutomaticDiscountLimitPercent ? (ApprovalStatus.NotRequired, null)
            : discountPercent <= settings.ManagerDiscountLimitPercent ? (ApprovalStatus.Pending, settings.ManagerApproverPermission)
            : (ApprovalStatus.Pending, settings.DirectorApproverPermission);
    }
}
