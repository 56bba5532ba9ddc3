using Microsoft.EntityFrameworkCore;
using Platform.Modules.Core.Contracts;
using Platform.Modules.Pricing.Data;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Model;
using Platform.Modules.Pricing.Promotions;
using Platform.Modules.Pricing.Quotes;
using Platform.Sdk.Data;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Pricing.Steps;

/// <summary>
/// PostOperation on an order update that makes it Completed: counts the coupon codes and takes the
/// flash-sale units its quote used. Every count is one conditional update (<c>used &lt; limit</c>,
/// <c>sold + n &lt;= reserved</c>), so concurrent completions never pass a limit or oversell a flash sale;
/// an order that would is refused with 409 and nothing of it is written. Per-customer limits are counted in
/// one row per customer (<see cref="CustomerAllowanceRow"/>), raised the same way.
/// </summary>
internal sealed class OrderCompletionStep(PricingDbContext db, TimeProvider time) : IPipelineStep
{
    public async ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        if (context.Target is not { } target || new OrderView(target).Status != OrderStatus.Completed
            || (context.PreImage is { } before && new OrderView(before).Status == OrderStatus.Completed))
        {
            return;
        }
        var orderId = target.Id;
        var row = await db.OrderPricing.AsNoTracking().FirstOrDefaultAsync(p => p.OrderId == orderId, cancellationToken);
        if (row is null || StoredQuote.Read(row.Quote) is not { } stored)
        {
            return;
        }
        var now = time.GetUtcNow();
        foreach (var applied in stored.Quote.Pricing.Applied)
        {
            var promotionId = Guid.Parse(applied.PromotionId);
            if (applied.Kind == PromotionKind.Coupon && stored.CouponCodeIds.TryGetValue(applied.Code, out var codeId))
            {
                await RedeemAsync(promotionId, codeId, row, now, cancellationToken);
            }
            else if (applied.Kind == PromotionKind.FlashSale)
            {
                var units = stored.Quote.Pricing.Lines.Where(l => applied.LineIds.Contains(l.LineId)).Sum(l => l.Quantity);
                await TakeFlashSaleUnitsAsync(promotionId, units, row, now, cancellationToken);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RedeemAsync(Guid promotionId, Guid codeId, OrderPricingRow order, DateTimeOffset now, CancellationToken ct)
    {
        var code = await db.CouponCodes.AsNoTracking().FirstAsync(c => c.Id == codeId, ct);
        if (code.MaxUsesPerCustomer is { } perCustomer && !await TakeAllowanceAsync(codeId, order.CustomerId, 1, perCustomer, ct))
        {
            throw Conflict($"Coupon code {code.Code} was already used {perCustomer} time(s) by this customer.");
        }
        var codeTaken = await db.CouponCodes.Where(c => c.Id == codeId && (c.MaxUses == null || c.UsedCount < c.MaxUses))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedCount, c => c.UsedCount + 1).SetProperty(c => EF.Property<long>(c, RecordVersion.PropertyName), c => EF.Property<long>(c, RecordVersion.PropertyName) + 1), ct);
        var couponTaken = await db.Promotions.Where(p => p.Id == promotionId && (p.UsageLimit == null || p.UsedCount < p.UsageLimit))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.UsedCount, p => p.UsedCount + 1).SetProperty(p => EF.Property<long>(p, RecordVersion.PropertyName), p => EF.Property<long>(p, RecordVersion.PropertyName) + 1), ct);
        if (codeTaken == 0 || couponTaken == 0)
        {
            throw Conflict($"Coupon code {code.Code} has reached its usage limit; price the order again without it.");
        }
        db.CouponRedemptions.Add(new CouponRedemptionRow
        {
            Id = Guid.CreateVersion7(), PromotionId = promotionId, CouponCodeId = codeId, CustomerId = order.CustomerId, OrderId = order.OrderId, RedeemedAt = now,
        });
    }

    /// <summary>
    /// Raises the customer's use of a per-customer limit by <paramref name="amount"/> when it stays within
    /// <paramref name="limit"/>: one conditional update, or the first row (a concurrent first row fails on its
    /// key and the operation answers 409). False when the limit would be passed.
    /// </summary>
    private async Task<bool> TakeAllowanceAsync(Guid limitedId, Guid customerId, int amount, int limit, CancellationToken ct)
    {
        var raised = await db.CustomerAllowances.Where(a => a.LimitedId == limitedId && a.CustomerId == customerId && a.Used + amount <= limit)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Used, a => a.Used + amount).SetProperty(a => EF.Property<long>(a, RecordVersion.PropertyName), a => EF.Property<long>(a, RecordVersion.PropertyName) + 1), ct);
        if (raised > 0)
        {
            return true;
        }
        if (amount > limit || await db.CustomerAllowances.AnyAsync(a => a.LimitedId == limitedId && a.CustomerId == customerId, ct))
        {
            return false;
        }
        // Inserted now, not at the end: every completion then takes its locks in the same order (no deadlock).
        db.CustomerAllowances.Add(new CustomerAllowanceRow { LimitedId = limitedId, CustomerId = customerId, Used = amount });
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task TakeFlashSaleUnitsAsync(Guid promotionId, int eligibleUnits, OrderPricingRow order, DateTimeOffset now, CancellationToken ct)
    {
        // The flash price covers the order's eligible units up to what the customer may still buy.
        var parameters = await db.Promotions.AsNoTracking().Where(p => p.Id == promotionId).Select(p => p.Parameters).FirstAsync(ct);
        var limit = ((FlashSaleParameters?)PromotionDocuments.ReadParameters(PromotionKind.FlashSale, parameters))?.PerCustomerLimit;
        var bought = limit is null ? 0 : await db.CustomerAllowances.Where(a => a.LimitedId == promotionId && a.CustomerId == order.CustomerId)
            .Select(a => a.Used).FirstOrDefaultAsync(ct);
        var units = limit is { } perCustomer ? Math.Min(eligibleUnits, perCustomer - bought) : eligibleUnits;
        if (units <= 0)
        {
            throw Conflict("The customer has bought the flash sale's limit already; price the order again.");
        }
        // The stock first, then the customer's allowance: the same lock order in every completion.
        var taken = await db.FlashSaleStock.Where(s => s.PromotionId == promotionId && s.Sold + units <= s.Reserved)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Sold, x => x.Sold + units).SetProperty(x => EF.Property<long>(x, RecordVersion.PropertyName), x => EF.Property<long>(x, RecordVersion.PropertyName) + 1), ct);
        if (taken == 0)
        {
            throw Conflict($"The flash sale has fewer than {units} reserved unit(s) left; price the order again.");
        }
        if (limit is { } cap && !await TakeAllowanceAsync(promotionId, order.CustomerId, units, cap, ct))
        {
            throw Conflict("The customer has bought the flash sale's limit already; price the order again.");
        }
        db.FlashSaleSales.Add(new FlashSaleSaleRow
        {
            Id = Guid.CreateVersion7(), PromotionId = promotionId, CustomerId = order.CustomerId, OrderId = order.OrderId, Quantity = units, SoldAt = now,
        });
    }

    private static InvalidPluginExecutionException Conflict(string message) => new(message, 409);
}
