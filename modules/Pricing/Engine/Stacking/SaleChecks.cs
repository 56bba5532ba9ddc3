using Platform.Modules.Pricing.Engine.Carts;
using Platform.Modules.Pricing.Engine.Explanation;
using Platform.Modules.Pricing.Engine.Promotions;

namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>The checks that depend only on the sale, not on amounts: window, currency, who and where.</summary>
internal static class SaleChecks
{
    public static NotAppliedReason? ReasonAgainst(PromotionDefinition d, PricingCart cart)
    {
        var a = d.Applicability;
        if (!d.IsActiveAt(cart.At))
        {
            return NotAppliedReason.OutsideWindow;
        }
        if (d.Currency is not null && !string.Equals(d.Currency, cart.Currency, StringComparison.OrdinalIgnoreCase))
        {
            return NotAppliedReason.CurrencyMismatch;
        }
        if (!Allows(a.Channels, cart.ChannelId))
        {
            return NotAppliedReason.ChannelNotApplicable;
        }
        if (!Allows(a.CustomerGroups, cart.CustomerGroupId))
        {
            return NotAppliedReason.CustomerGroupNotApplicable;
        }
        if (!Allows(a.CustomerTiers, cart.CustomerTier) ||
            (d.Kind == PromotionKind.MemberPrice && !Allows(d.MemberPrice?.MemberTiers ?? [], cart.CustomerTier, emptyAllowsAll: false)))
        {
            return NotAppliedReason.CustomerTierNotApplicable;
        }
        if (!Allows(a.RegionIds, cart.RegionId))
        {
            return NotAppliedReason.RegionNotApplicable;
        }
        if (!Allows(a.StoreIds, cart.StoreId))
        {
            return NotAppliedReason.StoreNotApplicable;
        }
        if (d.Kind == PromotionKind.PresaleDeposit && !cart.PaidDeposits.Contains(d.Id, StringComparer.Ordinal))
        {
            return NotAppliedReason.DepositNotPaid;
        }
        return null;
    }

    private static bool Allows(IReadOnlyList<string> allowed, string? value, bool emptyAllowsAll = true)
    {
        if (allowed.Count == 0)
        {
            return emptyAllowsAll;
        }
        if (value is null)
        {
            return false;
        }
        foreach (var item in allowed)
        {
            if (string.Equals(item, value, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
