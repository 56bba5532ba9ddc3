using Microsoft.EntityFrameworkCore;
using Platform.Modules.Pricing.Data;

namespace Platform.Modules.Pricing.Quotes;

/// <summary>
/// Decides which presented coupon codes a cart may use: the code exists, its coupon is active, the code
/// is within its own dates, and neither the code's, the customer's nor the coupon's limit is used up
/// (redemptions are counted when orders complete). Valid codes become their coupon's code for the engine.
/// </summary>
internal sealed class CouponCheck(PricingDbContext db)
{
    public async Task<(List<string> EngineCodes, List<RejectedCoupon> Rejected, Dictionary<string, Guid> CodeIds)> CheckAsync(
        IReadOnlyList<string> presented, Guid? customerId, DateTimeOffset at, PricingCatalog catalog, CancellationToken cancellationToken)
    {
        var engineCodes = new List<string>();
        var rejected = new List<RejectedCoupon>();
        var codeIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        if (presented.Count == 0)
        {
            return (engineCodes, rejected, codeIds);
        }
        var distinct = presented.Distinct(StringComparer.Ordinal).ToList();
        var rows = await db.CouponCodes.AsNoTracking().Where(c => distinct.Contains(c.Code)).ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var code in distinct)
        {
            var reason = await RejectionAsync(code, rows.GetValueOrDefault(code), customerId, at, catalog, cancellationToken);
            if (reason is not null)
            {
                rejected.Add(new RejectedCoupon(code, reason));
                continue;
            }
            var row = rows[code];
            var promotion = catalog.Coupons[row.PromotionId];
            if (engineCodes.Contains(promotion.Code))
            {
                rejected.Add(new RejectedCoupon(code, $"another code of coupon {promotion.Code} is already in the cart."));
                continue;
            }
            engineCodes.Add(promotion.Code);
            codeIds[promotion.Code] = row.Id;
        }
        return (engineCodes, rejected, codeIds);
    }

    private async Task<string?> RejectionAsync(string code, Model.CouponCodeRow? row, Guid? customerId, DateTimeOffset at, PricingCatalog catalog, CancellationToken ct)
    {
        if (row is null)
        {
            return "no such coupon code.";
        }
        if (!catalog.Coupons.TryGetValue(row.PromotionId, out var promotion))
        {
            return "its coupon is not active.";
        }
        if (row.ValidFrom is { } from && at < from)
        {
            return $"valid from {from:u}.";
        }
        if (row.ValidTo is { } to && at >= to)
        {
            return $"expired at {to:u}.";
        }
        if (row.MaxUses is { } maxUses && await db.CouponRedemptions.CountAsync(r => r.CouponCodeId == row.Id, ct) >= maxUses)
        {
            return $"used {maxUses} time(s) already, its limit.";
        }
        if (row.MaxUsesPerCustomer is { } perCustomer)
        {
            if (customerId is not { } customer)
            {
                return "this code is limited per customer: the cart needs a customer.";
            }
            if (await db.CouponRedemptions.CountAsync(r => r.CouponCodeId == row.Id && r.CustomerId == customer, ct) >= perCustomer)
            {
                return $"this customer has used it {perCustomer} time(s) already, the limit per customer.";
            }
        }
        var limit = await db.Promotions.AsNoTracking().Where(p => p.Id == row.PromotionId).Select(p => p.UsageLimit).FirstOrDefaultAsync(ct);
        if (limit is { } overall && await db.CouponRedemptions.CountAsync(r => r.PromotionId == row.PromotionId, ct) >= overall)
        {
            return $"coupon {promotion.Code} has been used {overall} time(s), its overall limit.";
        }
        return null;
    }
}
