using Microsoft.EntityFrameworkCore;
using Platform.Modules.Pricing.Data;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Model;
using Platform.Sdk.Data;

namespace Platform.Modules.Pricing.Stores;

/// <summary>Coupon codes: each belongs to a Coupon promotion and is valid from/to its own dates.</summary>
internal sealed class CouponCodeStore(PricingDbContext context) : EfEntityStore<PricingDbContext, CouponCodeRow>(context, PricingEntities.CouponCode)
{
    protected override void ApplyToRow(Entity entity, CouponCodeRow row)
    {
        base.ApplyToRow(entity, row);
        var errors = new WriteErrors(EntityName);
        errors.EndNotBeforeStart(row.ValidFrom, row.ValidTo, "validFrom", "validTo");
        var kind = Context.Promotions.AsNoTracking().Where(p => p.Id == row.PromotionId).Select(p => (PromotionKind?)p.Kind).FirstOrDefault();
        if (kind is null)
        {
            errors.Add("promotionId", $"promotion {row.PromotionId} does not exist.");
        }
        else if (kind != PromotionKind.Coupon)
        {
            errors.Add("promotionId", $"promotion {row.PromotionId} is a {kind} promotion; codes belong to Coupon promotions.");
        }
        errors.ThrowIfAny();
    }
}
