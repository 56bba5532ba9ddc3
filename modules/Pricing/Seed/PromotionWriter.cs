using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Model;
using Platform.Modules.Pricing.Promotions;

namespace Platform.Modules.Pricing.Seed;

/// <summary>What a seeded promotion is for (stored in <see cref="PromotionRow.Goal"/>).</summary>
internal static class PromotionGoals
{
    public const string Volume = "Volume (走量)";
    public const string ClearStock = "ClearStock (清库存)";
    public const string AcquireCustomers = "AcquireCustomers (拉新)";
    public const string Launch = "Launch (新品推广)";
    public const string Loyalty = "Loyalty (会员复购)";
}

/// <summary>Adds promotion rows (documents written by <see cref="PromotionDocuments"/>), coupon codes and flash-sale stock.</summary>
internal sealed class PromotionWriter(PricingDemoData data)
{
    /// <summary>Adds a promotion; <paramref name="parameters"/> is the engine's parameter record of <paramref name="kind"/>.</summary>
    public PromotionRow Add(
        string code, string name, PromotionKind kind, object parameters, PromotionApplicability applicability,
        DateTimeOffset starts, DateTimeOffset ends, ConcurrencyMode mode, PromotionLayer layer, int priority,
        decimal budget, string goal, int? usageLimit = null)
    {
        var row = new PromotionRow
        {
            Id = data.Random.NextGuid(),
            Code = code,
            Name = name,
            Kind = kind,
            StartsAt = starts,
            EndsAt = ends,
            Mode = mode,
            Priority = priority,
            Layer = layer,
            Currency = PricingDemoData.Currency,
            Active = true,
            Budget = budget,
            Goal = goal,
            UsageLimit = usageLimit,
            Applicability = PromotionDocuments.Write(applicability),
            Parameters = PromotionDocuments.WriteParameters(parameters),
        };
        data.Promotions.Add(row);
        return row;
    }

    /// <summary>Adds a code of a coupon promotion with its own validity and limits.</summary>
    public void Code(PromotionRow coupon, string code, DateTimeOffset from, DateTimeOffset to, int? maxUses, int? maxUsesPerCustomer) =>
        data.CouponCodes.Add(new CouponCodeRow
        {
            Id = data.Random.NextGuid(),
            PromotionId = coupon.Id,
            Code = code,
            ValidFrom = from,
            ValidTo = to,
            MaxUses = maxUses,
            MaxUsesPerCustomer = maxUsesPerCustomer,
        });

    /// <summary>Adds a flash sale (exclusive, unit-price layer, top priority) with its reserved stock row.</summary>
    public PromotionRow FlashSale(
        string code, string name, string productId, decimal flashPrice, int perCustomer, int reserved, DateTimeOffset starts, DateTimeOffset ends, decimal budget)
    {
        var row = Add(code, name, PromotionKind.FlashSale,
            new FlashSaleParameters(FlashUnitPrice: flashPrice, PerCustomerLimit: perCustomer, ReservedStock: reserved),
            new PromotionApplicability { ProductIds = [productId], Channels = ["Online"] },
            starts, ends, ConcurrencyMode.Exclusive, PromotionLayer.UnitPrice, 100, budget, PromotionGoals.AcquireCustomers);
        data.FlashSaleStock.Add(new FlashSaleStockRow { PromotionId = row.Id, Reserved = reserved, Sold = 0 });
        return row;
    }
}
